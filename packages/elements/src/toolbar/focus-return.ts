import { deepActiveElement } from '@reachable/core/dom';

/** The focused element (inside shadow roots too), unless it is the body: where focus goes back when a panel closes. */
export function focusedElement(doc: Document): HTMLElement | undefined {
  const active = deepActiveElement(doc);
  return active instanceof HTMLElement && active !== doc.body ? active : undefined;
}

/**
 * Moves focus back as a panel closes: to where the visitor was when it opened
 * (the field they typed in, when they opened it by its shortcut), else to
 * `fallback` (the launcher); and only when focus was in `host` or nowhere, so a
 * visitor who clicked elsewhere in the page is not pulled back.
 */
export function returnFocus(host: HTMLElement, to: HTMLElement | undefined, fallback: HTMLElement): void {
  const doc = host.ownerDocument;
  if (!host.matches(':focus-within') && doc.activeElement && doc.activeElement !== doc.body) return;
  const target = to?.isConnected ? to : fallback;
  target.focus();
  if (!target.matches(':focus')) fallback.focus();
}
