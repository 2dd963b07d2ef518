/** The element that has focus, inside open shadow roots too (`document.activeElement` stops at their hosts). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
