import type { IconNode } from 'lucide';
import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { ICONS, type IconName } from './icons.generated.js';

/**
 * The toolbar's own pictures (the aids' come from the registry): reset, the
 * shortcuts, close, a group's disclosure, and a site's own presets (which
 * share one). The icon set is generated from both.
 */
export const TOOLBAR_ICONS = ['rotate-ccw', 'keyboard', 'x', 'chevron-down', 'bookmark'] as const;

const SVG = 'http://www.w3.org/2000/svg';

/** Draws a Lucide icon with the DOM (no HTML parsing, so Trusted Types need no policy): decorative, sized in em. */
export function drawIcon(doc: Document, node: IconNode): SVGSVGElement {
  const draw = (tag: string, attributes: Record<string, unknown>) => {
    const element = doc.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    return element;
  };
  const icon = draw('svg', { class: 'icon', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false' }) as SVGSVGElement;
  icon.append(...node.map(([tag, attributes]) => draw(tag, attributes)));
  return icon;
}

/** An icon in a lit template, drawn once per place and kept across renders (a new node each time would be replaced each time). */
class IconDirective extends Directive {
  #name?: string;

  render(_name: IconName | string): unknown {
    return noChange;
  }

  override update(part: ChildPart, [name]: [string]): unknown {
    if (name === this.#name) return noChange;
    this.#name = name;
    const node = ICONS[name as IconName];
    // An aid naming an icon the generated set lacks: `pnpm docs:aids` adds it (a test says so); meanwhile, no picture.
    return node && drawIcon(part.parentNode.ownerDocument!, node);
  }
}

/** `${icon('a-large-small')}`: a Lucide icon from the toolbar's set. */
export const icon = directive(IconDirective);
