import { html, nothing } from 'lit';
import { optionLabel, type ControlView } from './control-view.js';
import type { Control } from './controls.js';

type Choice = Extract<Control, { kind: 'choice' }>;

/** A choice: a group of radio buttons, each option named in the toolbar's language (with a swatch for colours). */
export function renderChoice(view: ControlView<Choice>) {
  const { control, value, name, text, set } = view;
  return html`<fieldset class="choice">
    <legend>${name}</legend>
    ${control.options.map(
      (option) => html`<label class="option">
        <input type="radio" name=${control.name} .checked=${value === option} @change=${() => set(option)} />
        ${control.swatches ? html`<span class="swatch swatch-${control.name}-${option}" aria-hidden="true">Aa</span>` : nothing}
        <span>${optionLabel(control, text, option)}</span>
      </label>`,
    )}
  </fieldset>`;
}
