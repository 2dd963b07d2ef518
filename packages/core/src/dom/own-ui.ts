/**
 * Reachable's own UI, one definition for scripts and for CSS: every `reach-*`
 * element (Reachable inserts no other; its UI lives in their shadow roots),
 * and everything inside an element marked with this attribute (the toolbar
 * marks itself). A `reach-*` element a site wraps around its own content
 * (`<reach-captions>` around its video) is not marked: that light DOM is the
 * site's. Engines leave Reachable's own UI alone, so the toolbar never
 * restyles itself and never moves under the pointer.
 */
export const OWN_UI_ATTRIBUTE = 'data-reach-ui';
/** Reachable's own UI in the light DOM, for stylesheets: `:not(${OWN_UI_SELECTOR}, ${OWN_UI_SELECTOR} *)`. */
export const OWN_UI_SELECTOR = `[${OWN_UI_ATTRIBUTE}]`;

/** Marks an element Reachable inserts as its own. */
export const markOwnUi = (el: Element): void => el.setAttribute(OWN_UI_ATTRIBUTE, '');

/** Whether Reachable's own UI starts at this element: a `reach-*` element (whose shadow root is its UI) or a marked one. */
export const startsOwnUi = (el: Element): boolean => el.localName.startsWith('reach-') || el.hasAttribute(OWN_UI_ATTRIBUTE);

/**
 * Whether an element is Reachable's own UI: a `reach-*` element, or inside a
 * marked element, or in the shadow root of either (however deep: a control
 * of the toolbar's panel is its own UI too).
 */
export function isOwnUi(el: Element): boolean {
  for (let node: Element | undefined = el; node; node = (node.getRootNode() as Partial<ShadowRoot>).host) {
    if (startsOwnUi(node) || node.closest(OWN_UI_SELECTOR)) return true;
  }
  return false;
}
