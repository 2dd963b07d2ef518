import { html } from 'lit';
import { format } from '../i18n/messages.js';
import type { ControlView } from './control-view.js';
import { shown, stepValue, type Control } from './controls.js';

type Stepper = Extract<Control, { kind: 'stepper' }>;

/**
 * A stepper: the value between a − and a + button. The buttons are
 * described by the value, so it is heard on reaching them, not only after a
 * change; at a limit a button stays focusable and says it is unavailable.
 */
export function renderStepper({ control, value, name, text, set }: ControlView<Stepper>) {
  const id = `label-${control.name}`;
  const valueId = `value-${control.name}`;
  const button = (direction: 1 | -1) => {
    const limit = direction > 0 ? value >= control.max : value <= control.min;
    return html`<button class="step" type="button" aria-describedby=${valueId} aria-label=${format(direction > 0 ? text.increase : text.decrease, { name })} aria-disabled=${limit ? 'true' : 'false'} @click=${() => set(stepValue(control, value, direction))}>${direction > 0 ? '+' : '−'}</button>`;
  };
  return html`<div class="control stepper" role="group" aria-labelledby=${id}>
    <span id=${id}>${name}</span>
    <span class="buttons">${button(-1)}<span class="value" id=${valueId}>${shown(control, value)}</span>${button(1)}</span>
  </div>`;
}
