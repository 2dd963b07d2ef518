import type { AnnounceOptions, Politeness } from '@reachable/core/announce';
import { adoptSheet } from '@reachable/core/dom';
import { warn } from '@reachable/core/internal';
import { loadAnnouncer } from '../internal/announcer.js';
import { ReactiveHostElement, type Changes } from '../internal/reactive-host.js';
import { ReachAnnounceEvent } from './announce-event.js';

/**
 * Speaks its `message` to screen-reader users whenever the message changes,
 * for frameworks that prefer state to calls. Renders nothing itself: the
 * text goes to Reachable's shared live regions (see `announce()`).
 *
 * @summary Declarative screen-reader announcements.
 * @tag reach-announcer
 *
 * @attr {string} message - The text to announce.
 * @attr {'polite' | 'assertive'} politeness - `polite` waits for the user to be idle; `assertive` interrupts.
 * @attr {number} delay - Milliseconds to wait before announcing.
 *
 * @event {ReachAnnounceEvent} reach-announce - A message was written to a live region; `event.message` holds it.
 *
 * @example
 * <reach-announcer message="3 results found"></reach-announcer>
 */
export class ReachAnnouncer extends ReactiveHostElement {
  static readonly version = __VERSION__;
  static override properties = {
    message: {},
    politeness: {},
    delay: { type: 'number' },
  } as const;

  /** The text to announce. Setting a new non-empty value announces it. */
  message = '';

  /** `polite` (default) waits for the user to be idle; `assertive` interrupts. */
  politeness: Politeness = 'polite';

  /** Milliseconds to wait before announcing. */
  delay = 0;

  constructor() {
    super();
    // Nothing to see: the element is a way of speaking, not a box.
    adoptSheet(this.renderRoot, ':host{display:none!important}');
  }

  /**
   * Announces `message` (default: the `message` property) with this element's
   * politeness and delay; the same text may be announced again this way.
   */
  async announce(message: string = this.message, options: AnnounceOptions = {}): Promise<boolean> {
    // Reachable's announcer, loaded with the element's first message (shared with the toolbar's).
    let written = false;
    try {
      written = await (await loadAnnouncer()).announce(message, { politeness: this.politeness, delay: this.delay, ...options });
    } catch (error) {
      warn('R107', 'The announcer could not be loaded; the message was not spoken.', error);
    }
    if (written) this.dispatchEvent(new ReachAnnounceEvent(message));
    return written;
  }

  protected override update(): void {}

  protected override updated(changed: Changes): void {
    if (changed.has('message') && this.message) void this.announce();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-announcer': ReachAnnouncer;
  }
}
