import { announce, announceFromElement, clearAnnouncements } from './announcer.js';
import type { Reachable } from '@reachable/core/controller';
import { warn } from '@reachable/core/internal';
import type { PreferenceStore } from '@reachable/core/preferences';

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
  /** The visitor's preferences: `get()`, `set(partial)`, `reset()`, `subscribe(fn) → unsubscribe`. */
  readonly preferences: Pick<PreferenceStore, 'get' | 'set' | 'reset' | 'subscribe'>;
  /** Opens the toolbar. */
  open(): void;
  /** Closes the toolbar. */
  close(): void;
  /** Removes everything Reachable added and turns every aid off; the page is as it was. Preferences stay stored. */
  destroy(): void;
}

declare global {
  interface Window {
    Reachable?: ReachableGlobal;
    /** Configuration read by the script tag when it loads. See docs/embed.md. */
    ReachableConfig?: Record<string, unknown>;
  }
}

export interface GlobalParts {
  controller: Reachable;
  open(): void;
  close(): void;
  destroy(): void;
}

/** The frozen `window.Reachable` object for one running copy. */
export function createGlobal({ controller, open, close, destroy }: GlobalParts): ReachableGlobal {
  const { preferences } = controller;
  return Object.freeze({
    version: __VERSION__,
    announce,
    announceFromElement,
    clearAnnouncements,
    preferences: Object.freeze({
      get: () => preferences.get(),
      set: (partial: Parameters<PreferenceStore['set']>[0]) => preferences.set(partial),
      reset: () => preferences.reset(),
      subscribe: (listener: Parameters<PreferenceStore['subscribe']>[0]) => preferences.subscribe(listener),
    }),
    open,
    close,
    destroy,
  });
}

/**
 * Whether this copy may start: a copy of the same version already running
 * means silently no; a different version means no, with one warning. Pages
 * must never end up with two toolbars.
 */
export function mayStart(win: Window): boolean {
  const existing = win.Reachable;
  // An element with id="Reachable" also shows up as window.Reachable: only a Reachable global counts.
  if (typeof existing?.version !== 'string') return true;
  if (existing.version !== __VERSION__) {
    warn('R113', `Reachable ${existing.version} is already loaded; this copy (${__VERSION__}) did nothing. Load Reachable once per page.`);
  }
  return false;
}
