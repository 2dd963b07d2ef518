import { createReachable, type AidId, type Reachable } from '@reachable/core/controller';
import { markOwnUi } from '@reachable/core/dom';
import type { PresetDefinition } from '@reachable/core/presets';
import { warn } from '@reachable/core/internal';
import { BOOT_TEXTS, LOCALE_LOADERS, toolbarLocale, type Locale } from '../i18n/load.js';
import { withOverrides, type MessageOverrides, type Messages } from '../i18n/messages.js';
import type { PreferenceChanges, Preferences } from '@reachable/core/preferences';
import { loadAnnouncer } from '../internal/announcer.js';
import { PageController } from '../internal/page-controller.js';
import { ReactiveHostElement, type Changes } from '../internal/reactive-host.js';
import { AvailabilityController } from './availability.js';
import { BodyFollower } from './body-follower.js';
import type { Control } from './controls.js';
import { createLauncher } from './launcher.js';
import { correctOptions, TOOLBAR_OPTIONS, type Layout, type Position } from './options.js';
import type { Panel } from './panel.js';
import { ShortcutController, type Shortcut } from './shortcut-controller.js';
import type * as Speech from './speak.js';
import type { ShortcutMap } from './shortcuts.js';
import { ReachCloseEvent, ReachOpenEvent } from './toolbar-events.js';

/**
 * The accessibility toolbar: a launcher button that opens a panel (or a bar
 * across the top) with a control for every enabled aid, reset, and the
 * keyboard shortcuts. It only reads and writes preferences; the engines of its
 * controller apply them to the page. The launcher and the shortcuts work from
 * the first frame without lit; the panel and the texts of the toolbar's
 * language load when first wanted (as soon as the visitor hovers, focuses or
 * touches the launcher).
 *
 * @summary Reachable's accessibility toolbar.
 * @tag reach-toolbar
 *
 * @attr {'launcher' | 'bar'} layout - `launcher`: a floating button and panel. `bar`: a bar across the top that pushes the page down.
 * @attr {'bottom-right' | 'bottom-left' | 'top-right' | 'top-left'} position - The launcher's corner.
 * @attr {number} offset - Distance from the corner in px, 0–200.
 * @attr {number} z-index - Stacking order.
 * @attr {boolean} open - Whether the panel is open.
 * @attr {string} features - Aids to offer when the toolbar makes its own controller: comma-separated aid ids.
 * @attr {string} storage-key - Storage key when the toolbar makes its own controller.
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
export class ReachToolbar extends ReactiveHostElement {
  static readonly version = __VERSION__;
  static override properties = {
    layout: { reflect: true },
    position: { reflect: true },
    offset: { type: 'number' },
    zIndex: { type: 'number', attribute: 'z-index' },
    open: { type: 'boolean', reflect: true },
    features: {},
    storageKey: { attribute: 'storage-key' },
    controller: { attribute: false },
    messages: { attribute: false },
    shortcuts: { attribute: false },
  } as const;

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

  /** The launcher's shadow DOM, built once: the panel renders into `panelHost`. */
  readonly #dom = createLauncher(this.renderRoot);
  readonly #launcher = this.#dom.launcher;
  #panel?: Panel;
  #loading?: Promise<void>;
  #error?: unknown;
  /** The texts of the toolbar's language, once loaded. */
  #texts?: { locale: Locale; messages: Messages };
  /** The panel was asked open and has not yet taken focus (it may still be loading). */
  #opening = false;
  /** Warnings already given, so a framework re-rendering with the same bad values warns once (development builds). */
  readonly #warned = new Set<string>();

  // Before #page: after a body swap it moves the toolbar into the new body before #page decides it left the page.
  // A copy that came with the new body and has not rendered yet, for the same controller, gives way.
  readonly #body = new BodyFollower(this, (copy) => copy instanceof ReachToolbar && !copy.hasUpdated && copy.#page.expected === this.#page.expected);
  readonly #page = new PageController(this, {
    given: () => this.controller,
    create: () =>
      createReachable({ document: this.ownerDocument, features: this.features ? (this.features.split(/[\s,]+/).filter(Boolean) as AidId[]) : undefined, storageKey: this.storageKey || undefined }),
  });
  readonly #keys = new ShortcutController(this, {
    reachable: () => (this.#page.settle(), this.#page.reachable),
    toggle: () => this.toggle(),
    reset: () => this.resetAll(),
    set: (control, value) => this.setControl(control, value),
    unavailable: (reason) => this.#sayUnavailable(reason),
  });
  readonly #availability = new AvailabilityController(this, {
    state: () => {
      const reachable = this.#page.reachable;
      return reachable && { preferences: reachable.preferences.get(), features: reachable.features };
    },
    // Focus in the panel moves to the note saying why, which is read; elsewhere the visitor is told.
    unavailable: (reason) => void (this.matches(':focus-within') || this.#sayUnavailable(reason)),
  });

  constructor() {
    super();
    this.#launcher.addEventListener('click', () => this.toggle());
    // Intent: fetch the panel while the hand is still on its way, so the click finds it ready.
    for (const type of ['pointerenter', 'focus', 'touchstart']) this.#launcher.addEventListener(type, () => void this.#load(), { passive: true });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The engines skip Reachable's own UI, so the toolbar never restyles itself.
    markOwnUi(this);
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

  /** An update is complete once a panel being loaded has rendered. */
  protected override pendingWork(): Promise<unknown> {
    return this.#loading ?? Promise.resolve();
  }

  /** Loads the panel and the texts of the toolbar's language; a failure (offline, blocked) is said, and the next attempt retries. */
  #load(): Promise<void> {
    return (this.#loading ??= Promise.all([import('./panel.js'), this.#text()])
      .then(([{ Panel }]) => {
        // A one-file build cannot run a module again that failed to start: the first error stands.
        if (!Panel) throw this.#error;
        this.#panel ??= new Panel(this, this.#dom.panelHost);
        this.#dom.failure.textContent = '';
        this.#launcher.removeAttribute('aria-describedby');
        this.requestUpdate();
      })
      .catch((error: unknown) => {
        this.#loading = undefined;
        this.#error = error;
        // lit's Trusted Types policy refused by the page's CSP is the one cause a site's editor can fix here.
        warn('R104', `<reach-toolbar> could not load its panel${/trusted.?types|createPolicy|lit-html/i.test(String(error)) ? ": the page's Content-Security-Policy must allow the Trusted Types policy lit-html (trusted-types lit-html 'allow-duplicates')" : ''}.`, error);
        if (!this.open) return;
        // The launcher says why nothing opened, from a status region of its own (the announcer may be
        // unreachable too), and keeps saying it to whoever reaches it, until a later attempt succeeds.
        this.open = false;
        // Emptied, then written a moment later: a second failure is a change too, and is said again.
        const { failure } = this.#dom;
        failure.textContent = '';
        setTimeout(() => (failure.textContent = BOOT_TEXTS[toolbarLocale(this)].failed), 50);
        this.#launcher.setAttribute('aria-describedby', 'failure');
      }));
  }

  /** The texts of the toolbar's language with the site's overrides, loaded when first needed. */
  async #text(): Promise<Messages> {
    const locale = toolbarLocale(this);
    if (this.#texts?.locale !== locale) this.#texts = { locale, messages: await LOCALE_LOADERS[locale]() };
    return withOverrides(this.#texts.messages, this.messages);
  }

  protected override willUpdate(changed: Changes): void {
    correctOptions(this, changed, this.#warned);
    if (changed.has('shortcuts')) this.#keys.configure(this.shortcuts);
    if (this.open && !this.#panel) void this.#load();
    // A new language after the panel loaded: its texts load, and the panel renders in it then.
    else if (this.#panel && this.#texts?.locale !== toolbarLocale(this)) this.#loading = this.#text().then(() => this.requestUpdate(), (error) => warn('R104', '<reach-toolbar> could not load its texts.', error));
  }

  protected override update(changed: Changes): void {
    const locale = toolbarLocale(this);
    const reachable = this.#page.reachable;
    const preset = reachable?.preferences.get().preset;
    const large = preset && Object.hasOwn(reachable.presets, preset) && reachable.presets[preset]!.largeTargets;
    this.#dom.root.className = `root ${this.position} ${this.layout}-layout${this.open && this.layout === 'bar' ? ' bar-open' : ''}${large ? ' large' : ''}`;
    this.#dom.root.lang = locale;
    const text = this.#texts?.locale === locale ? this.#texts.messages : BOOT_TEXTS[locale];
    this.#launcher.setAttribute('aria-label', this.messages?.launcher?.trim() || text.launcher);
    this.#launcher.setAttribute('aria-expanded', String(this.open && !!this.#panel));
    // A closed panel is not kept up to date (a visitor's shortcuts change preferences while it is closed): it renders as it opens and closes.
    if (this.#panel && this.#texts?.locale === locale && (this.open || changed.has('open'))) {
      this.#launcher.setAttribute('aria-controls', 'panel');
      this.#panel.render();
    }
  }

  /** @internal For the panel: what it shows besides its own state. */
  panelState(): { text: Messages; locale: string; preferences?: Readonly<Preferences>; features: readonly string[]; presets?: Readonly<Record<string, PresetDefinition>>; shortcuts: readonly Shortcut[] } {
    const reachable = this.#page.reachable;
    return {
      text: withOverrides(this.#texts!.messages, this.messages),
      locale: this.#texts!.locale,
      preferences: reachable?.preferences.get(),
      features: reachable?.features ?? [],
      presets: reachable?.presets,
      shortcuts: this.#keys.list,
    };
  }

  protected override updated(changed: Changes): void {
    if (changed.has('zIndex') || changed.has('offset')) {
      this.style.setProperty('--reach-z', String(this.zIndex));
      this.style.setProperty('--reach-offset', `${this.offset}px`);
    }
    if (changed.has('open') && changed.get('open') !== undefined) {
      if (this.open) this.#opening = true;
      else if (this.#opening) this.#opening = false; // closed before it ever opened
      else {
        this.#panel?.closed(this.#launcher);
        this.dispatchEvent(new ReachCloseEvent());
      }
    }
    // The panel opens (takes focus, says so) once it has rendered: at once, or when it has loaded.
    if (this.#opening && this.open && this.#panel && this.#texts) {
      this.#opening = false;
      this.#panel.opened();
      this.dispatchEvent(new ReachOpenEvent());
    }
  }

  /** @internal For the panel: sets a control's value at once and says the result (at a stepper's limit, the same value again: the visitor hears where it is). */
  setControl(control: Control, value: number | boolean | string): void {
    this.#page.reachable?.preferences.set(control.change(value as never) as PreferenceChanges);
    void this.#say((text, speech) => speech.changeText(control, value, speech.withPresetNames(text, this.#page.reachable?.presets, this.#texts!.locale)));
  }

  /** @internal For the panel: forgets every choice, and says so. */
  resetAll(): void {
    this.#page.reachable?.preferences.reset();
    void this.#say((text) => text.resetDone);
  }

  #sayUnavailable(reason: string): void {
    void this.#say((text) => (text.unavailable as Record<string, string>)[reason]!);
  }

  /** Says something in the toolbar's language once the texts and the announcer are there. */
  async #say(what: (text: Messages, speech: typeof Speech) => string): Promise<void> {
    try {
      const [speech, announcer, text] = await Promise.all([import('./speak.js'), loadAnnouncer(), this.#text()]);
      await announcer.announce(what(text, speech));
    } catch (error) {
      warn('R104', '<reach-toolbar> could not load its texts.', error);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-toolbar': ReachToolbar;
  }
}
