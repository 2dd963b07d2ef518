import { rangeSteps, type Preferences } from '@reachable/core/preferences';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { format } from '../i18n/messages.js';
import { optionLabel } from './control-view.js';
import { shown as shownValue, stepValue, type Control } from './controls.js';
import { GROUPS, offered } from './groups.js';
import { icon } from './icon.js';
import { renderHelpContent, type PanelState } from './panel.js';

/** What the bar shows beyond the panel's state: which popover is open (a choice's name, or `help`). */
export interface BarState extends PanelState {
  readonly popover?: string;
  togglePopover(name: string): void;
  /** An option was picked from a menu. */
  choose(control: Control, option: string | number): void;
}

type Of<K extends Control['kind']> = Extract<Control, { kind: K }>;

/** A stepper: − and + around its picture, short name and value; the buttons are described by the value, so it is heard on reaching them. */
function stepper(state: BarState, control: Of<'stepper'>, value: number) {
  const { text } = state;
  const name = text.aids[control.name];
  const button = (direction: 1 | -1) => {
    const limit = direction > 0 ? value >= control.max : value <= control.min;
    return html`<button class="step" type="button" data-item="${control.name}${direction > 0 ? '+' : '-'}" aria-describedby="value-${control.name}" aria-label=${format(direction > 0 ? text.increase : text.decrease, { name })} aria-disabled=${limit ? 'true' : 'false'} @click=${() => state.set(control, stepValue(control, value, direction))}>${direction > 0 ? '+' : '−'}</button>`;
  };
  return html`<div class="stepper" role="group" aria-label=${name}>
    ${button(-1)}
    <span class="face">${icon(control.icon)}<span>${text.short[control.name]}</span><span class="value" id="value-${control.name}">${shownValue(control, value)}</span></span>
    ${button(1)}
  </div>`;
}

/** An on/off aid: a toggle button, named in full. */
const toggle = (state: BarState, control: Of<'switch'>, value: boolean) =>
  html`<button class="item" type="button" data-item=${control.name} aria-label=${state.text.aids[control.name]} aria-pressed=${value ? 'true' : 'false'} @click=${() => state.set(control, !value)}>${icon(control.icon)}<span>${state.text.short[control.name]}</span></button>`;

/**
 * A choice, or a range the registry wants as a menu of its steps: a menu
 * button named with its value ("配色 黄字黑底": what is seen comes first, as
 * speech users say it) and a menu of the options, one checked. It shows as
 * set while its value is not the default (a choice's first option).
 */
function menu<V extends string | number>(state: BarState, control: Control, value: V, options: readonly { value: V; label: string }[], isSet: boolean) {
  const { text } = state;
  const name = text.aids[control.name];
  const open = state.popover === control.name;
  const current = options.find((option) => option.value === value)?.label ?? '—';
  const swatches = control.kind === 'choice' && control.swatches;
  return html`<button class="item" type="button" data-item=${control.name} data-set=${isSet ? 'true' : 'false'} aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'} aria-controls="menu-${control.name}" aria-label=${format(text.changed, { name, value: current })} @click=${() => state.togglePopover(control.name)}>${icon(control.icon)}<span>${text.short[control.name]}</span></button>
    <div class="popover menu" id="menu-${control.name}" role="menu" aria-label=${name} ?hidden=${!open}>
      ${options.map(
        (option) => html`<button class="option" type="button" role="menuitemradio" tabindex="-1" aria-checked=${value === option.value ? 'true' : 'false'} @click=${() => state.choose(control, option.value)}>
          <span class="check" aria-hidden="true">${value === option.value ? '✓' : ''}</span>${swatches ? html`<span class="swatch swatch-${control.name}-${option.value}" aria-hidden="true">Aa</span>` : nothing}<span>${option.label}</span>
        </button>`,
      )}
    </div>`;
}

/** A range's steps, as a menu offers them. */
const steps = (control: Of<'stepper'>) => rangeSteps(control).map((value) => ({ value, label: shownValue(control, value) }));

function item(state: BarState, control: Control, preferences: Readonly<Preferences>) {
  if (control.kind === 'switch') return toggle(state, control, control.value(preferences));
  if (control.kind === 'choice') {
    const value = control.value(preferences);
    return menu(state, control, value, control.options.map((option) => ({ value: option, label: optionLabel(control, state.text, option) })), value !== control.options[0]);
  }
  const value = control.value(preferences);
  return control.barMenu ? menu(state, control, value, steps(control), value !== control.defaultValue) : stepper(state, control, value);
}

/**
 * The bar layout: one strip of buttons (a WAI-ARIA toolbar: arrow keys move
 * between them, Tab leaves), an icon above a short name for each offered
 * aid in registry order, then reset, the shortcuts and close. Choices open a
 * menu anchored to their button; groups are set apart by a rule, and an aid
 * that cannot work here leaves a note saying why.
 */
export function renderBar(state: BarState) {
  const { text, preferences } = state;
  const help = state.popover === 'help';
  // A landmark holding the toolbar, so it is found among the page's regions.
  return html`<section class="panel" part="panel" id="panel" aria-label=${text.title} tabindex="-1" ?hidden=${!state.open} @keydown=${state.onKeydown}><div class="bar" role="toolbar">
    ${preferences
      ? GROUPS.map((group) => {
          const shown = offered(group, state);
          return shown
            ? html`<div class="group">
                ${shown.notes.map((note) => html`<p class="note" tabindex="-1">${note}</p>`)}
                ${repeat(shown.controls, (control) => control.name, (control) => item(state, control, preferences))}
                ${shown.commands.map(({ id, icon: name }) => html`<button class="item" type="button" data-item=${id} aria-label=${text.actions[id]} @click=${() => state.command(id)}>${icon(name)}<span>${text.short[id]}</span></button>`)}
              </div>`
            : nothing;
        })
      : nothing}
    <div class="group">
      <button class="item" type="button" data-item="reset" aria-label=${text.reset} @click=${state.reset}>${icon('rotate-ccw')}<span>${text.short.reset}</span></button>
      <button class="item" type="button" id="help-button" data-item="help" aria-label=${text.shortcuts} aria-expanded=${help ? 'true' : 'false'} aria-controls="help" @click=${() => state.togglePopover('help')}>${icon('keyboard')}<span>${text.short.shortcuts}</span></button>
      <div class="popover help" id="help" role="dialog" aria-labelledby="help-button" tabindex="-1" ?hidden=${!help}>${renderHelpContent(state)}</div>
      <button class="item" type="button" data-item="close" @click=${state.close}>${icon('x')}<span>${text.close}</span></button>
    </div>
  </div></section>`;
}
