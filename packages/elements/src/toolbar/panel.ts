import { REGISTRY, type Aid, type AidDefinition } from '@reachable/core/aids';
import type { Preferences } from '@reachable/core/preferences';
import { adoptSheet } from '@reachable/core/dom';
import { html, nothing, render, svg, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { BarLayoutController } from './bar-layout.js';
import { focusedElement, returnFocus } from './focus-return.js';
import type { Messages } from '../i18n/messages.js';
import { renderChoice } from './choice.js';
import { controlsOf, unavailableReason, type Control } from './controls.js';
import type { Shortcut } from './shortcut-controller.js';
import { describeCombo } from './shortcuts.js';
import { renderStepper } from './stepper.js';
import { PANEL_CSS } from './panel.styles.js';
import { renderSwitch } from './switch.js';

/** The toolbar's groups, in the order the registry first names them, each with its aids in registry order (made when the panel loads). */
const GROUPS = [...new Set(REGISTRY.map((aid) => aid.group))].map((id) => ({ id, aids: REGISTRY.filter((aid) => aid.group === id) }));

/** Each colour choice's samples in their own colours (a constructed sheet: a strict policy refuses style attributes). */
const SWATCH_CSS = REGISTRY.flatMap((aid) => controlsOf(aid))
  .flatMap((control) => (control.kind === 'choice' && control.swatches ? Object.entries(control.swatches).map(([option, [text, background]]) => `.swatch-${control.name}-${option}{color:${text};background:${background}}`) : []))
  .join('');

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

function renderControl(state: PanelState, control: Control, preferences: Readonly<Preferences>) {
  const name = state.text.aids[control.name];
  const view = { name, text: state.text, set: (value: never) => state.set(control, value) };
  if (control.kind === 'stepper') return renderStepper({ ...view, control, value: control.value(preferences) });
  if (control.kind === 'switch') return renderSwitch({ ...view, control, value: control.value(preferences) });
  return renderChoice({ ...view, control, value: control.value(preferences) });
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
    ${[...notes].map((note) => html`<p class="note" tabindex="-1">${note}</p>`)}
    ${repeat(
      working.flatMap((aid) => controlsOf(aid)),
      // Keyed, so a control that stays keeps its element (and focus) when another gives way.
      (control) => control.name,
      (control) => renderControl(state, control, preferences),
    )}
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

/** What the panel needs of its toolbar: its state, read when rendering, and its actions. */
export interface PanelHost extends ReactiveControllerHost, HTMLElement {
  readonly open: boolean;
  readonly layout: 'launcher' | 'bar';
  /** The state that changes with the controller and the texts. */
  panelState(): Pick<PanelState, 'text' | 'preferences' | 'features' | 'shortcuts'>;
  /** Changes a control's value and says so. */
  setControl(control: Control, value: number | boolean | string): void;
  resetAll(): void;
  hide(): void;
}

/**
 * The toolbar's panel, loaded when the panel is first wanted: it renders into
 * its container in the toolbar's shadow root (adding the panel's styles there
 * once), takes focus when the panel opens and gives it back when it closes,
 * and makes room at the top of the page for the bar layout.
 */
export class Panel {
  readonly #host: PanelHost;
  readonly #container: HTMLElement;
  readonly #bar: BarLayoutController;
  #helpOpen = false;
  /** Where focus goes back to when the panel closes. */
  #returnTo?: HTMLElement;

  constructor(host: PanelHost, container: HTMLElement) {
    this.#host = host;
    this.#container = container;
    this.#bar = new BarLayoutController(host, () => container.querySelector('.panel'));
    adoptSheet(container.getRootNode() as ShadowRoot, PANEL_CSS + SWATCH_CSS);
  }

  render(): void {
    const host = this.#host;
    const focused = (this.#container.getRootNode() as ShadowRoot).activeElement;
    const group = this.#container.contains(focused) ? focused?.closest('.group') : undefined;
    render(
      renderPanel({
        ...host.panelState(),
        doc: host.ownerDocument,
        open: host.open,
        layout: host.layout,
        helpOpen: this.#helpOpen,
        set: (control, value) => host.setControl(control, value),
        reset: () => host.resetAll(),
        toggleHelp: () => {
          this.#helpOpen = !this.#helpOpen;
          host.requestUpdate();
        },
        close: () => host.hide(),
        onKeydown: this.#onKeydown,
      }),
      this.#container,
    );
    // The control that had focus gave way (its aid cannot work here now): focus goes to the note saying why, not to the page.
    if (focused && !focused.isConnected) (group?.querySelector<HTMLElement>('.note') ?? this.#container.querySelector<HTMLElement>('.panel'))?.focus();
    this.#bar.show(host.open && host.layout === 'bar');
  }

  /** The panel opened: focus moves into it, remembering where it was (a field, when opened by its shortcut). */
  opened(): void {
    this.#returnTo = focusedElement(this.#host.ownerDocument);
    this.#container.querySelector<HTMLElement>('.panel')?.focus();
  }

  /** The panel closed: the help view closes with it, and focus goes back if it was in the toolbar. */
  closed(launcher: HTMLElement): void {
    this.#helpOpen = false;
    returnFocus(this.#host, this.#returnTo, launcher);
    this.#returnTo = undefined;
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.isComposing) {
      event.stopPropagation();
      this.#host.hide();
    }
  };
}
