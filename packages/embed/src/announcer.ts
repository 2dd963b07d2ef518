import type * as Announce from '@reachable/core/announce';
import { warn } from '@reachable/core/internal';

/**
 * `window.Reachable`'s announcer, loaded with the first message (a page that
 * never announces never downloads it). The toolbar's own messages use the
 * same module, so there is one set of live regions.
 */
let loaded: Promise<typeof Announce> | undefined;
const announcer = () =>
  (loaded ??= import('@reachable/core/announce').catch((error: unknown) => {
    loaded = undefined; // the next message tries again
    throw error;
  }));

/** Like `announce()` from @reachable/core: a real Promise, `false` when the message was not written (nor could the announcer load). */
export const announce: typeof Announce.announce = (message, options) =>
  announcer().then(
    (m) => m.announce(message, options),
    (error: unknown) => {
      warn('R107', 'The announcer could not be loaded; the message was not spoken.', error);
      return false;
    },
  );

export const announceFromElement: typeof Announce.announceFromElement = (element, options) =>
  announcer().then((m) => m.announceFromElement(element, options), () => false);

/** Drops waiting messages and empties the live regions (nothing to do before the first message). */
export const clearAnnouncements = (): void => void loaded?.then((m) => m.clearAnnouncements(), () => {});

/** Removes the live regions from the page, if there are any. */
export const destroyAnnouncer = (): void => void loaded?.then((m) => m.destroyAnnouncer(), () => {});
