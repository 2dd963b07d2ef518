import type { Aid, AidDefinition } from '@reachable/core/aids';
import type { Preferences } from '@reachable/core/preferences';
import { html, nothing, svg } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { renderChoice } from './choice.js';
import { controlsOf, GROUPS, type Control } from './controls.js';
import type { Shortcut } from './shortcut-controller.js';
import { describeCombo } from './shortcuts.js';
import { renderStepper } from './stepper.js';
import { SWATCHED } from './styles.js';
import { renderSwitch } from './switch.js';

const CLOSE_ICON = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12Z"/></svg>`;

/** What the panel shows and how it acts: the toolbar's state, read-only, and its actions. */
export interface PanelState {
  readonly doc: Document;
  readonly open: boolean;
  readonly layout: 'launcher' | 'bar';
  readonly text: Messages;
  readonly preferences?: Readonly<Preferences>;
  readonly features: readonly string[];
  readonly helpOpen: boolean;
  readonly shortcuts: readonly Shortcut[];
  set(control: Control, value: number | boolean | string): void;
  reset(): void;
  toggleHelp(): void;
  close(): void;
  onKeydown(event: KeyboardEvent): void;
}

/** Why an aid cannot work here now, if it cannot (its reason's text is shown instead of its controls). */
export const unavailableReason = (aid: Aid, doc: Document): string | undefined => {
  const unavailable = (aid as AidDefinition).unavailable;
  return unavailable?.when(doc) ? unavailable.reason : undefined;
};

function renderControl(state: PanelState, control: Control, preferences: Readonly<Preferences>) {
  const name = state.text.aids[control.name];
  const view = { name, text: state.text, set: (value: never) => state.set(control, value) };
  if (control.kind === 'stepper') return renderStepper({ ...view, control, value: control.value(preferences) });
  if (control.kind === 'switch') return renderSwitch({ ...view, control, value: control.value(preferences) });
  return renderChoice({ ...view, control, value: control.value(preferences), swatched: SWATCHED.has(control.name) });
}

/**
 * One group of controls for the offered aids (in registry order). An aid
 * that means nothing on this page (caption styles without a video) is left
 * out; one that cannot work here (colours under the system's forced colours)
 * gives way to a note saying why. Relevance is looked for only while the
 * panel shows: it re-renders hidden on every preference change.
 */
function renderGroup(state: PanelState, id: string, aids: readonly Aid[], preferences: Readonly<Preferences>) {
  const offered = aids.filter((aid) => state.features.includes(aid.id) && (!(aid as AidDefinition).relevant || (state.open && (aid as AidDefinition).relevant!(state.doc))));
  if (!offered.length) return nothing;
  const reasons = offered.map((aid) => unavailableReason(aid, state.doc));
  // One note per reason: colour schemes and filters give way to the system's colours together.
  const notes = new Set(reasons.flatMap((reason) => (reason ? [(state.text.unavailable as Record<string, string>)[reason]] : [])));
  const working = offered.filter((_, i) => !reasons[i]);
  return html`<div class="group" role="group" aria-labelledby="group-${id}">
    <h3 id="group-${id}">${(state.text.groups as Record<string, string>)[id]}</h3>
    ${[...notes].map((note) => html`<p class="note">${note}</p>`)}
    ${working.flatMap((aid) => controlsOf(aid).map((control) => renderControl(state, control, preferences)))}
  </div>`;
}

function renderHelp({ text, helpOpen, shortcuts }: PanelState) {
  return html`<div class="help" id="help" ?hidden=${!helpOpen}>
    ${shortcuts.length
      ? html`<dl>
          ${shortcuts.map(({ action, text: keys }) => html`<dt>${describeCombo(keys)}</dt><dd>${text.actions[action]}</dd>`)}
          <dt>Esc</dt><dd>${text.close}</dd>
        </dl>`
      : html`<p>${text.shortcutsOff}</p>`}
    <p>${text.note}</p>
  </div>`;
}

/** The panel (a dialog by the launcher, or the bar across the top): every offered aid's controls, reset, and the shortcuts. */
export function renderPanel(state: PanelState) {
  const { text, preferences } = state;
  return html`<div class="panel" part="panel" id="panel" role="dialog" aria-labelledby="title" tabindex="-1" ?hidden=${!state.open} @keydown=${state.onKeydown}>
    <div class="head">
      <h2 id="title">${text.title}</h2>
      ${state.layout === 'launcher' ? html`<button class="close" type="button" aria-label=${text.close} @click=${state.close}>${CLOSE_ICON}</button>` : nothing}
    </div>
    ${preferences ? GROUPS.map(({ id, aids }) => renderGroup(state, id, aids, preferences)) : nothing}
    <div class="foot">
      <button type="button" @click=${state.reset}>${text.reset}</button>
      <button type="button" aria-expanded=${state.helpOpen ? 'true' : 'false'} aria-controls="help" @click=${state.toggleHelp}>${text.shortcuts}</button>
      ${state.layout === 'bar' ? html`<button type="button" @click=${state.close}>${text.close}</button>` : nothing}
    </div>
    ${renderHelp(state)}
  </div>`;
}
