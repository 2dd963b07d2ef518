/**
 * A short, readable approximation of an element's accessible name or text:
 * aria-label, aria-labelledby, alt, associated <label>s, title, then the
 * rendered text. Not the full accname algorithm — enough to speak or show
 * what a sighted user sees, in the order screen readers prefer.
 */
export function accessibleText(el: Element): string {
  const byIds = el
    .getAttribute('aria-labelledby')
    ?.split(/\s+/)
    .map((id) => id && el.ownerDocument.getElementById(id)?.textContent)
    .join(' ');
  const labels = (el as HTMLInputElement).labels;
  const candidates = [
    el.getAttribute('aria-label'),
    byIds,
    el.getAttribute('alt'),
    labels?.length ? [...labels].map((label) => label.textContent).join(' ') : '',
    el.getAttribute('title'),
    // innerText skips hidden text and adds line breaks between blocks; jsdom lacks it.
    'innerText' in el ? (el as HTMLElement).innerText : el.textContent,
  ];
  for (const text of candidates) {
    const collapsed = text?.replace(/\s+/g, ' ').trim();
    if (collapsed) return collapsed;
  }
  return '';
}
