import { announce } from '@reachable/core/announce';
import { createReachable, reachableFor, type Reachable } from '@reachable/core/controller';
import { colorsForced } from '@reachable/core/color-scheme';
import { adoptSheet, type OwnedSheet } from '@reachable/core/dom';
import type { PreferenceKey, Preferences } from '@reachable/core/preferences';
import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { format, localeFor, messagesFor, SHORTCUT_ACTIONS, type MessageOverrides, type Messages, type ShortcutAction } from '../i18n/messages.js';
import { changeFor, GROUPS, percent, stepValue, valueOf, type Control } from './controls.js';
import { describeCombo, matches, parseCombo, resolveShortcuts, type KeyCombo, type ShortcutMap } from './shortcuts.js';
import { launcherStyles, panelStyles, swatchStyles } from './styles.js';
import { ReachCloseEvent, ReachOpenEvent } from './toolbar-events.js';

export const LAYOUTS = ['launcher', 'bar'] as const;
export const POSITIONS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type Layout = (typeof LAYOUTS)[number];
export type Position = (typeof POSITIONS)[number];

// The international accessibility symbol; decorative, the button is named.
const ACCESS_ICON = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm9 7h-6v13h-2v-6h-2v6H9V9H3V7h18v2Z"/></svg>`;
const CLOSE_ICON = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12Z"/></svg>`;

/** The aid each shortcut works (a stepper: up or down); toggle and reset work whatever is enabled. */
const WORKS: Partial<Record<ShortcutAction, [PreferenceKey, (1 | -1)?]>> = {
  fontUp: ['fontScale', 1],
  fontDown: ['fontScale', -1],
  zoomIn: ['pageZoom', 1],
  zoomOut: ['pageZoom', -1],
  textSpacing: ['textSpacing'],
  colorScheme: ['colorScheme'],
};

/** Where the same keys edit text (or pick an option), so the shortcuts must not take them. */
const isEditable = (target: EventTarget | undefined) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    /^(textarea|select)$/.test(target.localName) ||
    (target instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset|range|color|file|image)$/.test(target.type)));

/**
 * The accessibility toolbar: a launcher button that opens a panel (or a bar
 * across the top) with a control for every enabled aid, reset, and the
 * keyboard shortcuts. It only reads and writes preferences; the engines of its
 * controller apply them to the page.
 *
 * @summary Reachable's accessibility toolbar.
 * @tag reach-toolbar
 *
 * @event {ReachOpenEvent} reach-open - The panel opened.
 * @event {ReachCloseEvent} reach-close - The panel closed.
 *
 * @csspart launcher - The floating button that opens the panel.
 * @csspart panel - The panel (launcher layout) or bar (bar layout).
 *
 * @example
 * <reach-toolbar lang="zh-CN" position="bottom-left"></reach-toolbar>
 */
export class ReachToolbar extends LitElement {
  static readonly version = __VERSION__;
  static override styles = launcherStyles;

  /** `launcher`: a floating button and panel. `bar`: a bar across the top that pushes the page down. */
  @property({ reflect: true }) layout: Layout = 'launcher';
  /** The launcher's corner. */
  @property({ reflect: true }) position: Position = 'bottom-right';
  /** Distance from the corner in px. */
  @property({ type: Number }) offset = 16;
  /** Stacking order. Deliberately not the maximum, so the page's own dialogs can cover the toolbar. */
  @property({ type: Number, attribute: 'z-index' }) zIndex = 10000;
  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** Aids to offer when the toolbar makes its own controller: comma-separated preference keys. Default: all. */
  @property() features?: string;
  /** Storage key when the toolbar makes its own controller. */
  @property({ attribute: 'storage-key' }) storageKey?: string;
  /** The controller whose preferences the toolbar shows. Without one, the toolbar uses the one running for its document, or makes its own. */
  @property({ attribute: false }) controller?: Reachable;
  /** Per-message overrides of the built-in texts. */
  @property({ attribute: false }) messages: MessageOverrides = {};
  /** Keyboard shortcuts: `true` (defaults), `false` (none) or a remapping such as `{ toggle: 'Alt+Shift+A' }`. */
  @property({ attribute: false }) shortcuts: boolean | ShortcutMap = true;

  @state() private helpOpen = false;
  /** The panel is rendered the first time it opens, so a page load pays only for the launcher. */
  private panelRendered = false;
  private get panel(): HTMLElement | null {
    return this.renderRoot.querySelector('.panel');
  }
  private get launcher(): HTMLButtonElement {
    return this.renderRoot.querySelector('.launcher')!;
  }

  /** The controller the toolbar made (and destroys), or the document's running one it found. */
  private ownController?: Reachable;
  private foundController?: Reachable;
  /** The <body> the toolbar was in, to follow the page when it swaps its body. */
  private home?: HTMLElement;
  private unsubscribe?: () => void;
  /** The controller whose changes the toolbar follows. */
  private followed?: Reachable;
  private barSheet?: OwnedSheet;
  private barObserver?: ResizeObserver;
  /** Warnings already given, so a framework re-rendering with the same bad values warns once. */
  private warned = new Set<string>();
  /** Where focus goes back to when the panel closes. */
  private returnTo?: HTMLElement;
  /** The page's own padding-top and scroll-padding-top, which the bar adds to. */
  private pagePadding: [string, string] = ['0px', '0px'];
  /** The shortcuts in force, parsed once: the listener runs on every key press of the page. */
  private keys: { action: ShortcutAction; text: string; combo: KeyCombo }[] = [];

  private get reachable(): Reachable | undefined {
    return this.controller ?? this.ownController ?? this.foundController;
  }

  // `lang` is the element's own attribute, not a lit property: a change of it re-renders the texts.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The toolbar's own lang, else the page's. */
  private get locale() {
    return localeFor(this.lang || this.ownerDocument.documentElement.lang);
  }

  private get text(): Messages {
    return messagesFor(this.locale, this.messages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The engines skip elements carrying this, so the toolbar never restyles itself.
    this.setAttribute('data-reach-ui', '');
    const body = this.ownerDocument.body;
    // Only a toolbar placed right in <body> (as the script tag does) follows a body swap; one inside an app's tree is the app's to move.
    this.home = this.parentNode === body ? body : undefined;
    // The controller is settled at the next update (see willUpdate), so one set right after connecting is the one used.
    this.requestUpdate();
    this.ownerDocument.addEventListener('keydown', this.onShortcut);
    // Back in the page after a body swap, an open bar makes room again.
    if (this.hasUpdated && this.open && this.layout === 'bar') this.pushPage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('keydown', this.onShortcut);
    this.unsubscribe?.();
    this.unsubscribe = this.followed = undefined;
    this.unpushPage();
    queueMicrotask(() => {
      this.followBody();
      // Moved (by the page, or following its body) it keeps its controller; removed, it lets go of it.
      if (this.isConnected) return;
      this.ownController?.destroy();
      this.ownController = this.foundController = undefined;
    });
  }

  /**
   * Pages that navigate by swapping their whole <body> (Turbo, and others)
   * take the toolbar out with the old one: it moves into the new body, and
   * takes the place of a copy of itself that came with it (a cached page).
   * Removed on purpose, from a body still in the page, it stays out.
   */
  private followBody(): void {
    const body = this.ownerDocument.body;
    if (this.isConnected || !this.home || this.home.isConnected || !body) return;
    const copy = body.querySelector('reach-toolbar');
    if (!copy) body.append(this);
    // A copy has just arrived and not rendered yet; a toolbar that has (one that followed in before) stays.
    else if (copy instanceof ReachToolbar && !copy.hasUpdated && copy.controllerInUse() === this.controllerInUse()) copy.replaceWith(this);
  }

  /** The controller the toolbar uses, or will find when it settles (a copy just inserted has not yet). */
  private controllerInUse(): Reachable | undefined {
    return this.reachable ?? reachableFor(this.ownerDocument);
  }

  /** Opens the panel and moves focus into it. */
  show(): void {
    this.open = true;
  }

  /** Closes the panel; focus returns to where it was when the panel opened (else the launcher) if it was inside. */
  hide(): void {
    this.open = false;
  }

  toggle(): void {
    this.open = !this.open;
  }

  /**
   * Settles the controller: the one given, else the one running for the
   * document (a second would fight it over the page: a second toolbar, or a
   * copy of the page's body), else one of its own. Then follows its changes.
   */
  private settleController(): void {
    // A found controller stays the page's first until its owner destroys it: then find again.
    if (this.foundController && reachableFor(this.ownerDocument) !== this.foundController) this.foundController = undefined;
    if (this.controller) {
      this.ownController?.destroy();
      this.ownController = this.foundController = undefined;
    } else if (!this.ownController && !this.foundController && this.isConnected) {
      this.foundController = reachableFor(this.ownerDocument);
      this.ownController = this.foundController
        ? undefined
        : createReachable({
            document: this.ownerDocument,
            ...(this.features ? { features: this.features.split(/[\s,]+/).filter(Boolean) as PreferenceKey[] } : {}),
            ...(this.storageKey ? { storageKey: this.storageKey } : {}),
          });
    }
    if (this.followed === this.reachable) return;
    this.unsubscribe?.();
    this.followed = this.reachable;
    this.unsubscribe = this.followed?.preferences.subscribe(() => this.requestUpdate());
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`[Reachable] <reach-toolbar> ${message}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Bad values from markup or frameworks: the default (a launcher with no corner would sit in the page's flow),
    // with one warning in development builds (the script tag checks its own configuration).
    const fix = <K extends 'layout' | 'position' | 'offset' | 'zIndex'>(key: K, valid: boolean, fallback: this[K], accepted: string) => {
      if (!changed.has(key) || valid) return;
      if (__DEV__) this.warn(`${key}="${String(this[key])}" is not valid (accepted: ${accepted}); using ${String(fallback)}.`);
      this[key] = fallback;
    };
    fix('layout', LAYOUTS.includes(this.layout), 'launcher', __DEV__ ? LAYOUTS.join(', ') : '');
    fix('position', POSITIONS.includes(this.position), 'bottom-right', __DEV__ ? POSITIONS.join(', ') : '');
    fix('offset', this.offset >= 0 && this.offset <= 200, 16, __DEV__ ? 'a number of pixels from 0 to 200' : '');
    fix('zIndex', Number.isInteger(this.zIndex) && this.zIndex >= 0, 10000, __DEV__ ? 'a whole number from 0' : '');
    this.settleController();
    if (changed.has('shortcuts')) {
      const { shortcuts, problems } = resolveShortcuts(this.shortcuts);
      for (const problem of problems) this.warn(`shortcuts: ${problem}; ignored.`);
      this.keys = SHORTCUT_ACTIONS.flatMap((action) => {
        const text = shortcuts[action];
        const combo = text && parseCombo(text);
        return combo ? [{ action, text, combo }] : [];
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('zIndex') || changed.has('offset')) {
      this.style.setProperty('--reach-z', String(this.zIndex));
      this.style.setProperty('--reach-offset', `${this.offset}px`);
    }
    if (!changed.has('open') && !changed.has('layout')) return;
    if (this.open && this.layout === 'bar') this.pushPage();
    else this.unpushPage();
    if (changed.has('open') && changed.get('open') !== undefined) {
      if (this.open) {
        // Where to return on close: where the visitor was (a field, when opened by its shortcut), else the launcher.
        let active = this.ownerDocument.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        this.returnTo = active instanceof HTMLElement && active !== this.ownerDocument.body ? active : undefined;
        this.panel?.focus();
        this.dispatchEvent(new ReachOpenEvent());
      } else {
        this.helpOpen = false;
        if (this.matches(':focus-within') || !this.ownerDocument.activeElement || this.ownerDocument.activeElement === this.ownerDocument.body) {
          const target = this.returnTo?.isConnected ? this.returnTo : this.launcher;
          target.focus();
          if (!target.matches(':focus')) this.launcher.focus();
        }
        this.returnTo = undefined;
        this.dispatchEvent(new ReachCloseEvent());
      }
    }
  }

  // ——— bar layout: the page moves down below the bar, and back ———

  private pushPage(): void {
    if (this.barObserver || !this.panel) return;
    const { paddingTop, scrollPaddingTop } = getComputedStyle(this.ownerDocument.documentElement);
    this.pagePadding = [paddingTop, scrollPaddingTop === 'auto' ? '0px' : scrollPaddingTop];
    this.barSheet = adoptSheet(this.ownerDocument);
    this.barObserver = new ResizeObserver(() => this.sizePage());
    this.barObserver.observe(this.panel);
  }

  /**
   * Makes room for the bar above the page's own padding. The bar is not
   * zoomed and the root is: its height counts in the root's px, so it is
   * undone by Reachable's page zoom factor in CSS, and a zoom change needs no script.
   */
  private sizePage(): void {
    if (!this.barSheet) return;
    const bar = `${Math.ceil(this.panel?.getBoundingClientRect().height ?? 0)}px * var(--reach-unzoom, 1)`;
    const [padding, scrollPadding] = this.pagePadding;
    this.barSheet.replace(`html{padding-top:calc(${padding} + ${bar})!important;scroll-padding-top:calc(${scrollPadding} + ${bar})!important}`);
  }

  private unpushPage(): void {
    this.barObserver?.disconnect();
    this.barObserver = undefined;
    this.barSheet?.remove();
    this.barSheet = undefined;
  }

  // ——— changing preferences ———

  private set(control: Control, value: number | boolean | string, spoken: string): void {
    this.reachable?.preferences.set(changeFor(control, value));
    void announce(spoken);
  }

  private nameOf(control: Control): string {
    const name = control.name ?? control.key;
    return this.text.aids[name] ?? name;
  }

  private step(control: Extract<Control, { kind: 'stepper' }>, direction: 1 | -1): void {
    const preferences = this.reachable?.preferences.get();
    if (!preferences) return;
    const next = stepValue(control, valueOf(control, preferences) as number, direction);
    // At a limit nothing changes, but the value is still said, so the user knows.
    this.set(control, next, format(this.text.changed, { name: this.nameOf(control), value: percent(next) }));
  }

  private flip(control: Extract<Control, { kind: 'toggle' }>): void {
    const on = !this.reachable?.preferences.get()[control.key];
    this.set(control, on, format(on ? this.text.turnedOn : this.text.turnedOff, { name: this.nameOf(control) }));
  }

  private choose(control: Extract<Control, { kind: 'choice' }>, option: string): void {
    this.set(control, option, format(this.text.changed, { name: this.nameOf(control), value: this.text.options[option] ?? option }));
  }

  private reset(): void {
    this.reachable?.preferences.reset();
    void announce(this.text.resetDone);
  }

  private readonly onShortcut = (event: KeyboardEvent): void => {
    // Runs on every key press of the page: nothing more than a lookup until a shortcut matches.
    // Never while an input method is composing (Chinese, Japanese…), and never twice for one press.
    if (event.isComposing || event.defaultPrevented) return;
    const action = this.keys.find(({ combo }) => matches(combo, event))?.action;
    if (!action) return;
    this.settleController();
    if (!this.inForce(action)) return;
    // In a text field only the toolbar's own shortcut works: the others may be the field's editing keys.
    if (action !== 'toggle' && isEditable(event.composedPath()[0])) return;
    event.preventDefault();
    // Held down, it acts once; the repeats are still the toolbar's, not the page's.
    if (event.repeat) return;
    const [aid, direction = 1] = WORKS[action] ?? [];
    if (!aid) return action === 'toggle' ? this.toggle() : this.reset();
    // The system's colours win: say so rather than do nothing.
    if (aid === 'colorScheme' && colorsForced(this.ownerDocument.defaultView!)) return void announce(this.text.forcedColors);
    const control = this.enabled().find((c) => c.key === aid);
    if (control?.kind === 'stepper') this.step(control, direction);
    else if (control?.kind === 'toggle') this.flip(control);
    else if (control?.kind === 'choice') {
      const { options } = control;
      this.choose(control, options[(options.indexOf(String(valueOf(control, this.reachable!.preferences.get()))) + 1) % options.length]!);
    }
  };

  /** Whether a shortcut's aid is enabled: the others' shortcuts are neither listed nor taken from the page. */
  private inForce(action: ShortcutAction): boolean {
    const aid = WORKS[action]?.[0];
    return !aid || !!this.reachable?.features.includes(aid);
  }

  private enabled(): Control[] {
    const features = this.reachable?.features ?? [];
    return GROUPS.flatMap((group) => group.controls.filter((c) => features.includes(c.key)));
  }

  // ——— rendering ———

  private onPanelKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.isComposing) {
      event.stopPropagation();
      this.hide();
    }
  }

  private renderControl(control: Control, preferences: Readonly<Preferences>, text: Messages) {
    const name = this.nameOf(control);
    const value = valueOf(control, preferences);
    if (control.kind === 'choice') {
      return html`<fieldset class="choice">
        <legend>${name}</legend>
        ${control.options.map(
          (option) => html`<label class="option">
            <input type="radio" name=${control.name ?? control.key} .checked=${value === option} @change=${() => this.choose(control, option)} />
            ${control.key === 'colorScheme' ? html`<span class="swatch swatch-${option}" aria-hidden="true">Aa</span>` : nothing}
            <span>${text.options[option] ?? option}</span>
          </label>`,
        )}
      </fieldset>`;
    }
    if (control.kind === 'toggle') {
      return html`<div class="control">
        <button class="toggle" type="button" aria-pressed=${value ? 'true' : 'false'} @click=${() => this.flip(control)}>
          <span>${name}</span><span class="switch" aria-hidden="true"></span>
        </button>
      </div>`;
    }
    const id = `label-${control.name ?? control.key}`;
    // The buttons are described by the value, so it is heard on reaching them, not only after a change.
    const valueId = `value-${control.name ?? control.key}`;
    return html`<div class="control stepper" role="group" aria-labelledby=${id}>
      <span id=${id}>${name}</span>
      <span class="buttons">
        <button class="step" type="button" aria-describedby=${valueId} aria-label=${format(text.decrease, { name })} aria-disabled=${(value as number) <= control.min ? 'true' : 'false'} @click=${() => this.step(control, -1)}>−</button>
        <span class="value" id=${valueId}>${percent(value as number)}</span>
        <button class="step" type="button" aria-describedby=${valueId} aria-label=${format(text.increase, { name })} aria-disabled=${(value as number) >= control.max ? 'true' : 'false'} @click=${() => this.step(control, 1)}>+</button>
      </span>
    </div>`;
  }

  private renderHelp(text: Messages) {
    const keys = this.keys.filter(({ action }) => this.inForce(action));
    return html`<div class="help" id="help" ?hidden=${!this.helpOpen}>
      ${keys.length
        ? html`<dl>
            ${keys.map(({ action, text: keys }) => html`<dt>${describeCombo(keys)}</dt><dd>${text.actions[action]}</dd>`)}
            <dt>Esc</dt><dd>${text.close}</dd>
          </dl>`
        : html`<p>${text.shortcutsOff}</p>`}
      <p>${text.note}</p>
    </div>`;
  }

  /** The panel's styles join the shadow root when it first renders. */
  private adoptPanelStyles(): void {
    const root = this.renderRoot as ShadowRoot;
    const sheets = [panelStyles, swatchStyles].flatMap((style) => style.styleSheet ?? []);
    if (sheets.length && !root.adoptedStyleSheets.includes(sheets[0]!)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  }

  protected override render() {
    const locale = this.locale;
    const text = messagesFor(locale, this.messages);
    const classes = `root ${this.position} ${this.layout}-layout${this.open && this.layout === 'bar' ? ' bar-open' : ''}`;
    if (this.open && !this.panelRendered) {
      this.panelRendered = true;
      this.adoptPanelStyles();
    }
    return html`<div class=${classes} lang=${locale}>
      <button class="launcher" part="launcher" type="button" aria-label=${text.launcher} aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${this.panelRendered ? 'panel' : nothing} @click=${() => this.toggle()}>
        ${ACCESS_ICON}
      </button>
      ${this.panelRendered ? this.renderPanel(text) : nothing}
    </div>`;
  }

  private renderPanel(text: Messages) {
    const preferences = this.reachable?.preferences.get();
    const features = this.reachable?.features ?? [];
    return html`<div class="panel" part="panel" id="panel" role="dialog" aria-labelledby="title" tabindex="-1" ?hidden=${!this.open} @keydown=${this.onPanelKey}>
      <div class="head">
        <h2 id="title">${text.title}</h2>
        ${this.layout === 'launcher' ? html`<button class="close" type="button" aria-label=${text.close} @click=${() => this.hide()}>${CLOSE_ICON}</button>` : nothing}
      </div>
      ${preferences
        ? GROUPS.map((group) => {
            // Caption controls only where there is a video to caption.
            // (looked for only while the panel shows: it re-renders hidden on every preference change)
            const shown = group.id !== 'captions' || (this.open && this.ownerDocument.querySelector('video'));
            const controls = shown ? group.controls.filter((control) => features.includes(control.key)) : [];
            // Under Windows High Contrast the system's colours win: say so instead of offering controls that do nothing.
            const forced = group.id === 'color' && colorsForced(this.ownerDocument.defaultView!);
            return controls.length
              ? html`<div class="group" role="group" aria-labelledby="group-${group.id}">
                  <h3 id="group-${group.id}">${text.groups[group.id]}</h3>
                  ${forced ? html`<p class="note">${text.forcedColors}</p>` : controls.map((control) => this.renderControl(control, preferences, text))}
                </div>`
              : nothing;
          })
        : nothing}
      <div class="foot">
        <button type="button" @click=${() => this.reset()}>${text.reset}</button>
        <button type="button" aria-expanded=${this.helpOpen ? 'true' : 'false'} aria-controls="help" @click=${() => (this.helpOpen = !this.helpOpen)}>${text.shortcuts}</button>
        ${this.layout === 'bar' ? html`<button type="button" @click=${() => this.hide()}>${text.close}</button>` : nothing}
      </div>
      ${this.renderHelp(text)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-toolbar': ReachToolbar;
  }
}
