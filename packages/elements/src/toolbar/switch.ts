import { html } from 'lit';
import type { ControlView } from './control-view.js';
import type { Control } from './controls.js';
import { icon } from './icon.js';

/** An on/off aid: a tile with its icon, a toggle button (`aria-pressed`) drawn as a switch. */
export function renderSwitch({ control, value, name, set }: ControlView<Extract<Control, { kind: 'switch' }>>) {
  return html`<div class="control tile">
    <button class="toggle" type="button" aria-pressed=${value ? 'true' : 'false'} @click=${() => set(!value)}>
      ${icon(control.icon)}<span class="name">${name}</span><span class="switch" aria-hidden="true"></span>
    </button>
  </div>`;
}
