import { accessibleText } from '../internal/accessible-text.js';
import { createAnnouncer, type AnnounceOptions, type Announcer } from './announcer.js';

export { createAnnouncer, POLITENESS } from './announcer.js';
export type { AnnounceOptions, Announcer, AnnouncerOptions, Politeness } from './announcer.js';

let shared: Announcer | undefined;

/**
 * Speaks `message` through a screen reader's live regions (created on first use).
 * Resolves `true` once the message is written, `false` if it was dropped.
 *
 * @example
 * await announce('3 results found');
 * announce('Payment failed', { politeness: 'assertive' });
 */
export function announce(message: string, options?: AnnounceOptions): Promise<boolean> {
  shared ??= createAnnouncer();
  return shared.announce(message, options);
}

/** Speaks an element's accessible text (aria-label, aria-labelledby, alt, label, title, then its text). */
export function announceFromElement(element: Element, options?: AnnounceOptions): Promise<boolean> {
  return announce(element?.nodeType === 1 ? accessibleText(element) : (element as never), options);
}

/** Drops every waiting message of `announce()` and empties its live regions. */
export function clearAnnouncements(): void {
  shared?.clear();
}

/** Drops every waiting message and removes the live regions of `announce()` from the page; the next message makes new ones. */
export function destroyAnnouncer(): void {
  shared?.destroy();
  shared = undefined;
}
