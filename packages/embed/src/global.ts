import { announce, announceFromElement, clearAnnouncements } from '@reachable/core';

/** What the script tag exposes as `window.Reachable`. */
export interface ReachableGlobal {
  /** The version of the loaded bundle. */
  readonly version: string;
  /** Speaks a message through Reachable's live regions. See `announce` in @reachable/core. */
  readonly announce: typeof announce;
  /** Speaks an element's accessible text. */
  readonly announceFromElement: typeof announceFromElement;
  /** Drops waiting messages and empties the live regions. */
  readonly clearAnnouncements: typeof clearAnnouncements;
}

declare global {
  interface Window {
    Reachable?: ReachableGlobal;
  }
}

/**
 * Publishes `window.Reachable` once. A second copy of the same version leaves
 * the first in place silently; a different version warns once and also
 * leaves it in place, so pages never end up with two toolbars.
 */
export function installGlobal(win: Window): void {
  const existing = win.Reachable;
  if (existing) {
    if (existing.version !== __VERSION__) {
      console.warn(
        `[Reachable] ${existing.version} is already loaded; this copy (${__VERSION__}) did nothing. Load Reachable once per page.`,
      );
    }
    return;
  }
  win.Reachable = Object.freeze({ version: __VERSION__, announce, announceFromElement, clearAnnouncements });
}
