import { LitElement } from 'lit';

/**
 * The base of Reachable's elements that show text: `lang` stays the
 * element's own attribute (not a lit property, so the platform's `lang`
 * keeps working), and a change of it re-renders the texts in that language.
 */
export class LangAwareElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }
}
