import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Like lit's styleMap, but CSP-safe from the first render: styleMap writes its
 * first value as a `style` attribute, which a strict Content-Security-Policy
 * refuses; this always writes through the CSSOM (`style.setProperty`).
 */
class StyleProps extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('styleProps() belongs in a style attribute');
  }

  render(_styles: Record<string, string>) {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Record<string, string>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(styles));
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
