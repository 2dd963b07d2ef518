import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/**
 * The bar's one open popover, anchored to its button with floating-ui: below
 * it (above when there is no room below), shifted to stay inside the viewport
 * at every edge, no taller or wider than the room there (it scrolls), and
 * following its button on scroll and resize. `autoUpdate` and the listener
 * for a press outside, which closes it, run only while it is open.
 */
export class PopoverAnchor {
  #button?: HTMLElement;
  #stop?: () => void;
  readonly #outside: () => void;

  /** `outside`: a press outside the popover and its button. */
  constructor(outside: () => void) {
    this.#outside = outside;
  }

  /** Anchors `popover` to `button` (a no-op while it already is). */
  show(button: HTMLElement, popover: HTMLElement): void {
    if (button === this.#button) return;
    this.hide();
    this.#button = button;
    // Positions are set through the CSSOM, which a strict style-src allows (style attributes it refuses).
    const place = () =>
      void computePosition(button, popover, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(4),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableWidth, availableHeight }) => void Object.assign(popover.style, { maxWidth: `${Math.max(availableWidth, 0)}px`, maxHeight: `${Math.max(availableHeight, 0)}px` }),
          }),
        ],
      }).then(({ x, y }) => Object.assign(popover.style, { left: `${x}px`, top: `${y}px` }));
    const stopUpdates = autoUpdate(button, popover, place);
    const doc = button.ownerDocument;
    const onPress = (event: Event) => {
      const path = event.composedPath();
      if (!path.includes(popover) && !path.includes(button)) this.#outside();
    };
    doc.addEventListener('pointerdown', onPress, true);
    this.#stop = () => {
      stopUpdates();
      doc.removeEventListener('pointerdown', onPress, true);
    };
  }

  hide(): void {
    this.#stop?.();
    this.#stop = this.#button = undefined;
  }
}
