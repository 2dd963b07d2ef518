import { REGISTRY } from '@reachable/core/aids';
import type { Preferences } from '@reachable/core/preferences';
import type { PresetDefinition } from '@reachable/core/presets';
import { adoptSheet } from '@reachable/core/dom';
import { warn } from '@reachable/core/internal';
import { html, nothing, render, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderBar } from './bar.js';
import { BarLayoutController } from './bar-layout.js';
import { focusedElement, returnFocus } from './focus-return.js';
import type { CommandAction, Messages } from '../i18n/messages.js';
import { renderChoice } from './choice.js';
import { withPresetNames } from './control-view.js';
import { controlsOf, type Control } from './controls.js';
import { GROUPS, offered, type Group } from './groups.js';
import { icon } from './icon.js';
import type { PopoverAnchor } from './popover.js';
import type { Shortcut } from './shortcut-controller.js';
import { describeCombo, sendCommand } from './shortcuts.js';
import { renderStepper } from './stepper.js';
import { PANEL_CSS } from './panel.styles.js';
import { renderSwitch } from './switch.js';

/** Each colour choice's samples in their own colours (a constructed sheet: a strict policy refuses style attributes). */
const SWATCH_CSS = REGISTRY.flatMap((aid) => controlsOf(aid))
  .flatMap((control) => (control.kind === 'choice' && control.swatches ? Object.entries(control.swatches).map(([option, [text, background]]) => `.swatch-${control.name}-${option}{color:${text};background:${background}}`) : []))
  .join('');

/** What the panel shows and how it acts: the toolbar's state, read-only, and its actions. */
export interface PanelState {
  readonly doc: Document;
  readonly open: boolean;
  readonly text: Messages;
  readonly preferences?: Readonly<Preferences>;
  readonly features: readonly string[];
  /** The presets on offer (the controller's), for the preset aid's switches. */
  readonly presets?: Readonly<Record<string, PresetDefinition>>;
  readonly helpOpen: boolean;
  readonly shortcuts: readonly Shortcut[];
  /** Sends an aid's engine a command (pause reading aloud). */
  command(id: CommandAction): void;
  /** Whether a group of the launcher's panel is open. */
  groupOpen(group: Group): boolean;
  toggleGroup(group: Group): void;
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
 * One group of controls for the offered aids, or the notes saying why they
 * cannot work here, under a heading that opens and closes it (which start
 * open, the registry says; the visitor's choice holds while the page is open).
 */
function renderGroup(state: PanelState, group: Group, preferences: Readonly<Preferences>) {
  const shown = offered(group, state);
  if (!shown) return nothing;
  const open = state.groupOpen(group);
  return html`<div class="group" role="group" aria-labelledby="group-${group.id}">
    <h3><button class="group-toggle" id="group-${group.id}" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="group-body-${group.id}" @click=${() => state.toggleGroup(group)}>${icon('chevron-down')}${shown.name}</button></h3>
    <div class="group-body" id="group-body-${group.id}" ?hidden=${!open}>
      ${shown.notes.map((note) => html`<p class="note" tabindex="-1">${note}</p>`)}
      ${repeat(
        shown.controls,
        // Keyed, so a control that stays keeps its element (and focus) when another gives way.
        (control) => control.name,
        (control) => renderControl(state, control, preferences),
      )}
      ${shown.commands.map(({ id, icon: name }) => html`<div class="tile"><button class="command" type="button" @click=${() => state.command(id)}>${icon(name)}<span>${state.text.actions[id]}</span></button></div>`)}
    </div>
  </div>`;
}

/** The keyboard shortcuts and what the aids can and cannot do. */
export function renderHelpContent({ text, shortcuts }: PanelState) {
  return html`${shortcuts.length
      ? html`<dl>
          ${shortcuts.map(({ action, text: keys }) => html`<dt>${describeCombo(keys)}</dt><dd>${text.actions[action]}</dd>`)}
          <dt>Esc</dt><dd>${text.close}</dd>
        </dl>`
      : html`<p>${text.shortcutsOff}</p>`}
    <p>${text.note}</p>`;
}

/** The launcher's panel (a dialog): every offered aid's controls by group, reset, and the shortcuts. */
export function renderPanel(state: PanelState) {
  const { text, preferences } = state;
  return html`<div class="panel" part="panel" id="panel" role="dialog" aria-labelledby="title" tabindex="-1" ?hidden=${!state.open} @keydown=${state.onKeydown}>
    <div class="head">
      <h2 id="title">${text.title}</h2>
      <button class="close" type="button" aria-label=${text.close} @click=${state.close}>${icon('x')}</button>
    </div>
    ${preferences ? GROUPS.map((group) => renderGroup(state, group, preferences)) : nothing}
    <div class="foot">
      <button type="button" @click=${state.reset}>${text.reset}</button>
      <button type="button" aria-expanded=${state.helpOpen ? 'true' : 'false'} aria-controls="help" @click=${state.toggleHelp}>${text.shortcuts}</button>
    </div>
    <div class="help" id="help" ?hidden=${!state.helpOpen}>${renderHelpContent(state)}</div>
  </div>`;
}

/** What the panel needs of its toolbar: its state, read when rendering, and its actions. */
export interface PanelHost extends ReactiveControllerHost, HTMLElement {
  readonly open: boolean;
  readonly layout: 'launcher' | 'bar';
  /** The state that changes with the controller and the texts, and the texts' locale. */
  panelState(): Pick<PanelState, 'text' | 'preferences' | 'features' | 'presets' | 'shortcuts'> & { locale: string };
  /** Changes a control's value and says so. */
  setControl(control: Control, value: number | boolean | string): void;
  resetAll(): void;
  hide(): void;
}

/** The arrow keys that move along the bar, as steps in reading order (left and right swap in a right-to-left bar). */
const MOVES: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };

/**
 * The toolbar's panel, loaded when the panel is first wanted: it renders into
 * its container in the toolbar's shadow root (adding the panel's styles there
 * once), as the launcher's dialog or as the bar; takes focus when it opens and
 * gives it back when it closes; makes room at the top of the page for the
 * bar; and runs the bar's keyboard (a roving tab stop) and its popovers.
 */
export class Panel {
  readonly #host: PanelHost;
  readonly #container: HTMLElement;
  readonly #bar: BarLayoutController;
  /** The bar's popover positioning (floating-ui), loaded when the bar first shows: the launcher's panel never needs it. */
  #anchor?: Promise<PopoverAnchor | undefined>;
  #helpOpen = false;
  /** The groups the visitor opened or closed, and how they left them. */
  readonly #groups = new Map<string, boolean>();
  /** The bar's open popover: a choice's control name, or `help`. */
  #popover?: string;
  /** Whether the open popover still has to take focus (it just opened). */
  #focusPopover = false;
  /** The bar's tab stop: the `data-item` of the button Tab reaches. */
  #current?: string;
  /** Where focus goes back to when the panel closes. */
  #returnTo?: HTMLElement;

  constructor(host: PanelHost, container: HTMLElement) {
    this.#host = host;
    this.#container = container;
    this.#bar = new BarLayoutController(host, () => container.querySelector('.panel'));
    adoptSheet(container.getRootNode() as ShadowRoot, PANEL_CSS + SWATCH_CSS);
    // Whatever the bar's button that gets focus (a click, a popover closing), it becomes the tab stop.
    container.addEventListener('focusin', (event) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>('[data-item]');
      if (item) this.#rove(item.dataset.item);
    });
  }

  render(): void {
    const host = this.#host;
    const bar = host.layout === 'bar';
    if (!host.open || !bar) this.#popover = undefined;
    const focused = (this.#container.getRootNode() as ShadowRoot).activeElement;
    const group = this.#container.contains(focused) ? focused?.closest('.group') : undefined;
    const { locale, ...shown } = host.panelState();
    const state = {
      ...shown,
      // A site's own presets are named in its configuration, not in the locale's texts.
      text: withPresetNames(shown.text, shown.presets, locale),
      doc: host.ownerDocument,
      open: host.open,
      helpOpen: this.#helpOpen,
      popover: this.#popover,
      set: (control: Control, value: number | boolean | string) => host.setControl(control, value),
      reset: () => host.resetAll(),
      toggleHelp: () => {
        this.#helpOpen = !this.#helpOpen;
        host.requestUpdate();
      },
      groupOpen: (group: Group) => this.#groups.get(group.id) ?? group.open,
      toggleGroup: (group: Group) => {
        this.#groups.set(group.id, !(this.#groups.get(group.id) ?? group.open));
        host.requestUpdate();
      },
      togglePopover: (name: string) => this.#togglePopover(this.#popover === name ? undefined : name, true),
      choose: (control: Control, option: string) => {
        this.#togglePopover(undefined, true);
        host.setControl(control, option);
      },
      close: () => host.hide(),
      command: (id: CommandAction) => sendCommand(host.ownerDocument, id),
      onKeydown: this.#onKeydown,
    };
    render(bar ? renderBar(state) : renderPanel(state), this.#container);
    // The control that had focus gave way (its aid cannot work here now): focus goes to the note saying why, not to the page.
    if (focused && !focused.isConnected) (group?.querySelector<HTMLElement>('.note') ?? this.#stop() ?? this.#container.querySelector<HTMLElement>('.panel'))?.focus();
    this.#bar.show(host.open && bar);
    if (bar) {
      this.#rove(this.#current);
      this.#anchor ??= import('./popover.js').then(
        ({ PopoverAnchor }) => new PopoverAnchor(() => this.#togglePopover(undefined, false)),
        // Offline or blocked: a popover still opens, unanchored at the top left of the screen, and the next bar retries.
        (error: unknown) => void (this.#anchor = undefined, warn('R104', '<reach-toolbar> could not load its popover positioning.', error)),
      );
    }
    void this.#place();
  }

  /** The panel opened: focus moves into it (the bar's tab stop), remembering where it was (a field, when opened by its shortcut). */
  opened(): void {
    this.#returnTo = focusedElement(this.#host.ownerDocument);
    ((this.#host.layout === 'bar' && this.#stop()) || this.#container.querySelector<HTMLElement>('.panel'))?.focus();
  }

  /** The panel closed: the help view and any popover close with it, and focus goes back if it was in the toolbar. */
  closed(launcher: HTMLElement): void {
    this.#helpOpen = false;
    this.#togglePopover(undefined, false);
    void this.#anchor?.then((anchor) => anchor?.hide());
    returnFocus(this.#host, this.#returnTo, launcher);
    this.#returnTo = undefined;
  }

  /** The bar's buttons that arrow keys move between, in order. */
  #items(): HTMLElement[] {
    return [...this.#container.querySelectorAll<HTMLElement>('.bar > .group > [data-item], .bar > .group > .stepper > [data-item]')];
  }

  /** The bar's tab stop (its first button until the visitor moves). */
  #stop(items = this.#items()): HTMLElement | undefined {
    return items.find((item) => item.dataset.item === this.#current) ?? items[0];
  }

  /** Makes `key`'s button the bar's one tab stop. */
  #rove(key: string | undefined): void {
    this.#current = key;
    const items = this.#items();
    const stop = this.#stop(items);
    for (const item of items) item.tabIndex = item === stop ? 0 : -1;
  }

  /** Opens a popover (closing any other) or closes it, then renders; `refocus`: focus moves into an opening popover, or back to the button of a closing one. */
  #togglePopover(name: string | undefined, refocus: boolean): void {
    const closing = this.#popover;
    if (name === closing) return;
    this.#popover = name;
    this.#focusPopover = !!name && refocus;
    this.#host.requestUpdate();
    if (closing && !name && refocus) this.#container.querySelector<HTMLElement>(`[data-item="${closing}"]`)?.focus();
  }

  /** Anchors the open popover to its button (and stops following a closed one); an opening one takes focus on its checked option. */
  async #place(): Promise<void> {
    const anchor = await this.#anchor;
    const button = this.#popover ? this.#container.querySelector<HTMLElement>(`[data-item="${this.#popover}"]`) : null;
    const popover = button && this.#container.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`);
    if (!button || !popover || popover.hidden) return anchor?.hide();
    anchor?.show(button, popover);
    if (this.#focusPopover) {
      this.#focusPopover = false;
      (popover.querySelector<HTMLElement>('[aria-checked="true"]') ?? popover.querySelector<HTMLElement>('[role="menuitemradio"]') ?? popover).focus();
    }
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    const target = event.composedPath()[0] as HTMLElement;
    const popover = target.closest('.popover');
    if (event.key === 'Escape') {
      // Esc closes the innermost thing open: a popover, else the panel.
      event.stopPropagation();
      if (this.#popover) this.#togglePopover(undefined, true);
      else this.#host.hide();
    } else if (popover) {
      // Tab leaves a popover for its button, and goes on from there (out of the bar).
      if (event.key === 'Tab') return this.#togglePopover(undefined, true);
      const options = [...popover.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
      const step = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity }[event.key];
      if (!step || !options.length) return;
      event.preventDefault();
      options[wrap(options.indexOf(target), step, options.length)]!.focus();
    } else if (target.dataset.item) {
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && target.getAttribute('aria-haspopup')) {
        event.preventDefault();
        this.#togglePopover(target.dataset.item, true);
        return;
      }
      const step = MOVES[event.key];
      if (!step) return;
      event.preventDefault();
      const items = this.#items();
      const rtl = getComputedStyle(target).direction === 'rtl';
      items[wrap(items.indexOf(target), Number.isFinite(step) && rtl ? -step : step, items.length)]!.focus();
    }
  };
}

/** The index `step` away from `index` in a list of `length`, wrapping round; ±Infinity: the first or the last. */
const wrap = (index: number, step: number, length: number): number => (step === -Infinity ? 0 : step === Infinity ? length - 1 : (index + step + length) % length);
