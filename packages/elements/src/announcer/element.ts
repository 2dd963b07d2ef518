import { announce, type AnnounceOptions, type Politeness } from '@reachable/core/announce';
import { css, LitElement } from 'lit';
import { ReachAnnounceEvent } from './announce-event.js';

/**
 * Speaks its `message` to screen-reader users whenever the message changes,
 * for frameworks that prefer state to calls. Renders nothing itself: the
 * text goes to Reachable's shared live regions (see `announce()`).
 *
 * @summary Declarative screen-reader announcements.
 * @tag reach-announcer
 *
 * @event {ReachAnnounceEvent} reach-announce - A message was written to a live region; `event.message` holds it.
 *
 * @example
 * <reach-announcer message="3 results found"></reach-announcer>
 */
export class ReachAnnouncer extends LitElement {
  static readonly version = __VERSION__;

  static override properties = {
    message: {},
    politeness: {},
    delay: { type: Number },
  };

  static override styles = css`
    :host {
      display: none !important;
    }
  `;

  /** The text to announce. Setting a new non-empty value announces it. */
  message = '';

  /** `polite` (default) waits for the user to be idle; `assertive` interrupts. */
  politeness: Politeness = 'polite';

  /** Milliseconds to wait before announcing. */
  delay = 0;

  /**
   * Announces `message` (default: the `message` property) with this element's
   * politeness and delay; the same text may be announced again this way.
   */
  async announce(message: string = this.message, options: AnnounceOptions = {}): Promise<boolean> {
    const written = await announce(message, { politeness: this.politeness, delay: this.delay, ...options });
    if (written) this.dispatchEvent(new ReachAnnounceEvent(message));
    return written;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('message') && this.message) void this.announce();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-announcer': ReachAnnouncer;
  }
}
