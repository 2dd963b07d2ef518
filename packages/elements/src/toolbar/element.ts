import { announce } from '@reachable/core/announce';
import { createReachable, type AidId, type Reachable } from '@reachable/core/controller';
import { markOwnUi } from '@reachable/core/dom';
import { warn } from '@reachable/core/internal';
import type { Preferences } from '@reachable/core/preferences';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { messagesFor, toolbarLocale } from '../i18n/locales.js';
import type { MessageOverrides, ShortcutAction } from '../i18n/messages.js';
import { LangAwareElement } from '../internal/lang-aware.js';
import { PageController } from '../internal/page-controller.js';
import { BarLayoutController } from './bar-layout.js';
import { BodyFollower } from './body-follower.js';
import { changeText } from './control-view.js';
import { controlsOf, nextValue, type Control } from './controls.js';
import { focusedElement, returnFocus } from './focus-return.js';
import { TOOLBAR_OPTIONS, type Layout, type Position } from './options.js';
import { renderPanel, unavailableReason } from './panel.js';
import { ShortcutController } from './shortcut-controller.js';
import { AID_SHORTCUTS, type ShortcutMap } from './shortcuts.js';
import { launcherStyles, panelStyles, swatchStyles } from './styles.js';
import { ReachCloseEvent, ReachOpenEvent } from './toolbar-events.js';


// The international accessibility symbol; decorative, the button is named.
const ACCESS_ICON = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm9 7h-6v13h-2v-6h-2v6H9V9H3V7h18v2Z"/></svg>`;

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
export class ReachToolbar extends LangAwareElement {
  static readonly version = __VERSION__;
  static override styles = launcherStyles;
  static override properties = {
    layout: { reflect: true },
    position: { reflect: true },
    offset: { type: Number },
    zIndex: { type: Number, attribute: 'z-index' },
    open: { type: Boolean, reflect: true },
    features: {},
    storageKey: { attribute: 'storage-key' },
    controller: { attribute: false },
    messages: { attribute: false },
    shortcuts: { attribute: false },
    helpOpen: { state: true },
  };

  /** `launcher`: a floating button and panel. `bar`: a bar across the top that pushes the page down. @default 'launcher' */
  layout: Layout = TOOLBAR_OPTIONS.layout.fallback;
  /** The launcher's corner. @default 'bottom-right' */
  position: Position = TOOLBAR_OPTIONS.position.fallback;
  /** Distance from the corner in px, 0–200. @default 16 */
  offset = TOOLBAR_OPTIONS.offset.fallback;
  /** Stacking order. Deliberately not the maximum, so the page's own dialogs can cover the toolbar. @default 10000 */
  zIndex = TOOLBAR_OPTIONS.zIndex.fallback;
  /** Whether the panel is open. */
  open = false;
  /** Aids to offer when the toolbar makes its own controller: comma-separated aid ids. Default: all. */
  features?: string;
  /** Storage key when the toolbar makes its own controller. */
  storageKey?: string;
  /** The controller whose preferences the toolbar shows. Without one, the toolbar uses the one running for its document, or makes its own. */
  controller?: Reachable;
  /** Per-message overrides of the built-in texts. */
  messages: MessageOverrides = {};
  /** Keyboard shortcuts: `true` (defaults), `false` (none) or a remapping such as `{ toggle: 'Alt+Shift+A' }`. */
  shortcuts: boolean | ShortcutMap = true;

  private helpOpen = false;
  /** The panel is rendered the first time it opens, so a page load pays only for the launcher. */
  #panelRendered = false;
  /** Where focus goes back to when the panel closes. */
  #returnTo?: HTMLElement;
  /** Warnings already given, so a framework re-rendering with the same bad values warns once (development builds). */
  readonly #warned = __DEV__ ? new Set<string>() : undefined;

  // Before #page: after a body swap it moves the toolbar into the new body before #page decides it left the page.
  // A copy that came with the new body and has not rendered yet, for the same controller, gives way.
  readonly #body = new BodyFollower(this, (copy) => copy instanceof ReachToolbar && !copy.hasUpdated && copy.#page.expected === this.#page.expected);
  readonly #page = new PageController(this, {
    given: () => this.controller,
    create: () =>
      createReachable({ document: this.ownerDocument, features: this.features ? (this.features.split(/[\s,]+/).filter(Boolean) as AidId[]) : undefined, storageKey: this.storageKey || undefined }),
  });
  readonly #keys = new ShortcutController(this, (action) => this.#inForce(action), (action) => this.#runShortcut(action));
  readonly #bar = new BarLayoutController(this, () => this.renderRoot.querySelector('.panel'));

  override connectedCallback(): void {
    super.connectedCallback();
    // The engines skip Reachable's own UI, so the toolbar never restyles itself.
    markOwnUi(this);
  }

  /** The texts in the toolbar's language, with the site's overrides. */
  get #text() {
    return messagesFor(toolbarLocale(this), this.messages);
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Bad values from markup or frameworks: the default (a launcher with no corner would sit in the page's flow),
    // with one warning in development builds (the script tag checks its own configuration).
    for (const key of ['layout', 'position', 'offset', 'zIndex'] as const) {
      const rule = TOOLBAR_OPTIONS[key];
      if (!changed.has(key) || rule.valid(this[key])) continue;
      if (__DEV__) {
        const message = `<reach-toolbar> ${key}="${String(this[key])}" is not valid (accepted: ${rule.accepts}); using ${String(rule.fallback)}.`;
        if (!this.#warned!.has(message)) warn('R040', message);
        this.#warned!.add(message);
      }
      (this as Record<typeof key, unknown>)[key] = rule.fallback;
    }
    if (changed.has('shortcuts')) this.#keys.configure(this.shortcuts);
    if (this.open && !this.#panelRendered) {
      this.#panelRendered = true;
      // The panel's styles join the shadow root when it first renders.
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...[panelStyles, swatchStyles].flatMap((style) => style.styleSheet ?? [])];
    }
    if (changed.has('open') && !this.open) this.helpOpen = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('zIndex') || changed.has('offset')) {
      this.style.setProperty('--reach-z', String(this.zIndex));
      this.style.setProperty('--reach-offset', `${this.offset}px`);
    }
    if (changed.has('open') || changed.has('layout')) this.#bar.show(this.open && this.layout === 'bar');
    if (!changed.has('open') || changed.get('open') === undefined) return;
    if (this.open) {
      this.#returnTo = focusedElement(this.ownerDocument);
      this.renderRoot.querySelector<HTMLElement>('.panel')?.focus();
      this.dispatchEvent(new ReachOpenEvent());
    } else {
      returnFocus(this, this.#returnTo, this.renderRoot.querySelector<HTMLElement>('.launcher')!);
      this.#returnTo = undefined;
      this.dispatchEvent(new ReachCloseEvent());
    }
  }

  /** Sets a control's value and says the result (at a stepper's limit, the same value again: the visitor hears where it is). */
  #set(control: Control, value: number | boolean | string): void {
    this.#page.reachable?.preferences.set(control.change(value as never));
    void announce(changeText(control, value, this.#text));
  }

  #reset(): void {
    this.#page.reachable?.preferences.reset();
    void announce(this.#text.resetDone);
  }

  /** Whether a shortcut's aid is offered (the toolbar's own actions always are). */
  #inForce(action: ShortcutAction): boolean {
    const aid = AID_SHORTCUTS.get(action)?.aid;
    this.#page.settle();
    return !aid || !!this.#page.reachable?.features.includes(aid.id);
  }

  #runShortcut(action: ShortcutAction): void {
    if (action === 'toggle') return this.toggle();
    if (action === 'reset') return this.#reset();
    const { aid, spec } = AID_SHORTCUTS.get(action)!;
    const preferences = this.#page.reachable?.preferences.get();
    const reason = unavailableReason(aid, this.ownerDocument);
    // It cannot work here (the system's colours win): say why rather than do nothing.
    if (reason) return void announce((this.#text.unavailable as Record<string, string>)[reason]!);
    const control = controlsOf(aid).find((c) => c.name === (spec.control ?? c.name));
    if (control && preferences) this.#set(control, nextValue(control, preferences, spec.step));
  }

  readonly #onPanelKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.isComposing) {
      event.stopPropagation();
      this.hide();
    }
  };

  protected override render() {
    const locale = toolbarLocale(this);
    const text = messagesFor(locale, this.messages);
    const classes = `root ${this.position} ${this.layout}-layout${this.open && this.layout === 'bar' ? ' bar-open' : ''}`;
    const reachable = this.#page.reachable;
    return html`<div class=${classes} lang=${locale}>
      <button class="launcher" part="launcher" type="button" aria-label=${text.launcher} aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${this.#panelRendered ? 'panel' : nothing} @click=${() => this.toggle()}>
        ${ACCESS_ICON}
      </button>
      ${this.#panelRendered
        ? renderPanel({
            doc: this.ownerDocument,
            open: this.open,
            layout: this.layout,
            text,
            preferences: reachable?.preferences.get(),
            features: reachable?.features ?? [],
            helpOpen: this.helpOpen,
            shortcuts: this.#keys.list,
            set: (control, value) => this.#set(control, value),
            reset: () => this.#reset(),
            toggleHelp: () => (this.helpOpen = !this.helpOpen),
            close: () => this.hide(),
            onKeydown: this.#onPanelKey,
          })
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-toolbar': ReachToolbar;
  }
}
