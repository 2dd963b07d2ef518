/**
 * Reachable's own UI: `reach-*` elements and anything inside an element marked
 * `data-reach-ui` (the toolbar). Engines leave these alone, so the toolbar
 * never restyles itself and never moves under the pointer.
 */
export const isOurs = (el: Element): boolean => el.localName.startsWith('reach-') || !!el.closest('[data-reach-ui]');
