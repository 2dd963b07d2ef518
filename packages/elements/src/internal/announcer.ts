import type * as Announce from '@reachable/core/announce';

let loaded: Promise<typeof Announce> | undefined;

/**
 * Reachable's announcer (its live regions), loaded by whatever speaks first
 * (the toolbar, `<reach-announcer>`, `window.Reachable.announce`) and shared
 * by all: one set of live regions, and one place that knows whether it was
 * loaded. A page that never speaks never downloads it; a load that failed
 * (offline, blocked) is tried again next time.
 */
export const loadAnnouncer = (): Promise<typeof Announce> =>
  (loaded ??= import('@reachable/core/announce').catch((error: unknown) => {
    loaded = undefined;
    throw error;
  }));

/** Drops waiting messages and empties the live regions, if anything loaded the announcer (nothing is downloaded to do so). */
export const clearLoadedAnnouncer = (): void => void loaded?.then((m) => m.clearAnnouncements(), () => {});

/** Removes the live regions from the page, if anything loaded the announcer. */
export const destroyLoadedAnnouncer = (): void => void loaded?.then((m) => m.destroyAnnouncer(), () => {});
