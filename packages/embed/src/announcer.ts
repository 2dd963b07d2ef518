import type * as Announce from '@reachable/core/announce';
import { warn } from '@reachable/core/internal';
import { clearLoadedAnnouncer, destroyLoadedAnnouncer, loadAnnouncer } from '@reachable/elements/internal';

/**
 * `window.Reachable`'s announcer, loaded with the first message (a page that
 * never announces never downloads it). The toolbar and `<reach-announcer>`
 * load the same one, so there is one set of live regions, and `destroy()`
 * removes them whoever spoke first.
 */

/** Like `announce()` from @reachable/core: a real Promise, `false` when the message was not written (nor could the announcer load). */
export const announce: typeof Announce.announce = (message, options) =>
  loadAnnouncer().then(
    (m) => m.announce(message, options),
    (error: unknown) => {
      warn('R107', 'The announcer could not be loaded; the message was not spoken.', error);
      return false;
    },
  );

export const announceFromElement: typeof Announce.announceFromElement = (element, options) =>
  loadAnnouncer().then((m) => m.announceFromElement(element, options), () => false);

/** Drops waiting messages and empties the live regions (nothing to do before the first message). */
export const clearAnnouncements = clearLoadedAnnouncer;

/** Removes the live regions from the page, if there are any. */
export const destroyAnnouncer = destroyLoadedAnnouncer;
