import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How a property maps to an attribute: its name (default: the property's, lower-cased), or none; read as a number or a flag. */
export interface PropertyDeclaration {
  readonly attribute?: string | false;
  readonly type?: 'string' | 'number' | 'boolean';
  /** Written back to the attribute when the property changes. */
  readonly reflect?: boolean;
}

export type Changes = ReadonlyMap<string, unknown>;

/**
 * The base of an element that must work before lit is loaded (the toolbar's
 * launcher is in the script tag's small first file; its panel comes later):
 * properties declared once with their attributes, one batched update per
 * microtask with lit's order (`willUpdate`, controllers' `hostUpdate`,
 * `update`, `updated`), and lit-compatible reactive controllers. Its own
 * `lang` attribute is observed: a change re-renders the texts in that language.
 */
// Importing the module on a server (no DOM) must not throw: the class is only defined there.
const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

export abstract class ReactiveHostElement extends Base implements ReactiveControllerHost {
  static properties: Readonly<Record<string, PropertyDeclaration>> = {};
  static #prepared = new WeakSet<object>();

  static get observedAttributes(): string[] {
    // Read by customElements.define(): the properties are on the prototype once the element is defined, as lit's
    // are, so wrappers that look there (@lit/react) set them as properties before the first instance exists.
    ReactiveHostElement.#prepare(this);
    return ['lang', ...Object.entries(this.properties).flatMap(([name, d]) => (d.attribute === false ? [] : [d.attribute ?? name.toLowerCase()]))];
  }

  /** Defines an accessor for every declared property, once per class. */
  static #prepare(ctor: typeof ReactiveHostElement): void {
    if (ReactiveHostElement.#prepared.has(ctor)) return;
    ReactiveHostElement.#prepared.add(ctor);
    for (const name of Object.keys(ctor.properties)) {
      Object.defineProperty(ctor.prototype, name, {
        configurable: true,
        get(this: ReactiveHostElement) {
          return this.#values.get(name);
        },
        set(this: ReactiveHostElement, value: unknown) {
          const old = this.#values.get(name);
          if (Object.is(old, value)) return;
          this.#values.set(name, value);
          if (!this.#changed.has(name)) this.#changed.set(name, old);
          this.requestUpdate();
        },
      });
    }
  }

  #values = new Map<string, unknown>();
  #changed = new Map<string, unknown>();
  #controllers = new Set<ReactiveController>();
  #pending?: Promise<boolean>;
  /** Set while a property is written to its attribute, so the attribute's change is not read back. */
  #reflecting = false;
  /** Set during willUpdate, whose changes belong to the update under way. */
  #inWillUpdate = false;
  /** Set from update() to the end of updated(): a change then costs a second render. */
  #rendering = false;
  hasUpdated = false;
  readonly renderRoot: ShadowRoot;

  constructor() {
    super();
    const ctor = this.constructor as typeof ReactiveHostElement;
    ReactiveHostElement.#prepare(ctor);
    this.renderRoot = this.attachShadow({ mode: 'open' });
    // A property a framework set before the element was defined is the instance's own and would hide the
    // accessor (and be overwritten by field initialisers): taken back through the accessor when connected.
    for (const name of Object.keys(ctor.properties)) {
      if (!Object.hasOwn(this, name)) continue;
      this.#early.set(name, (this as unknown as Record<string, unknown>)[name]);
      delete (this as unknown as Record<string, unknown>)[name];
    }
  }

  /** Properties set on the element before it was upgraded. */
  #early = new Map<string, unknown>();

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  /** Schedules one update for this microtask's changes (none while disconnected: connecting updates). */
  requestUpdate(): void {
    if (this.#inWillUpdate || !this.isConnected) return;
    // As lit warns: a change made while rendering schedules another render (set it in willUpdate instead).
    if (__DEV__ && this.#rendering && !this.#pending) console.warn(`<${this.localName}> scheduled an update after an update completed (change-in-update): set the value in willUpdate() instead.`);
    this.#pending ??= Promise.resolve().then(() => {
      this.#pending = undefined;
      this.#perform();
      return true;
    });
  }

  /** Resolves once no update is pending (including what `pendingWork()` adds). */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      while (this.#pending) await this.#pending;
      await this.pendingWork();
      if (this.#pending) return this.updateComplete;
      return true;
    })();
  }

  /** Work an update waits for beyond rendering (a panel still loading); override. */
  protected pendingWork(): Promise<unknown> {
    return Promise.resolve();
  }

  connectedCallback(): void {
    for (const [name, value] of this.#early) (this as unknown as Record<string, unknown>)[name] = value;
    this.#early.clear();
    for (const controller of this.#controllers) controller.hostConnected?.();
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    if (this.#reflecting) return;
    if (attribute === 'lang') return this.requestUpdate();
    const ctor = this.constructor as typeof ReactiveHostElement;
    const entry = Object.entries(ctor.properties).find(([name, d]) => d.attribute !== false && (d.attribute ?? name.toLowerCase()) === attribute);
    if (!entry) return;
    const [name, { type }] = entry;
    (this as unknown as Record<string, unknown>)[name] = type === 'boolean' ? value !== null : type === 'number' ? (value === null ? null : Number(value)) : value;
  }

  #perform(): void {
    if (!this.isConnected) return;
    const changed = this.#changed;
    this.#changed = new Map();
    this.#inWillUpdate = true;
    try {
      this.willUpdate(changed);
    } finally {
      this.#inWillUpdate = false;
    }
    // willUpdate may correct values (a bad attribute's default): they belong to this update.
    for (const [name, old] of this.#changed) if (!changed.has(name)) changed.set(name, old);
    this.#changed.clear();
    for (const controller of this.#controllers) controller.hostUpdate?.();
    this.#reflect(changed);
    this.#rendering = true;
    try {
      this.update(changed);
      this.hasUpdated = true;
      for (const controller of this.#controllers) controller.hostUpdated?.();
      this.updated(changed);
    } finally {
      this.#rendering = false;
    }
  }

  #reflect(changed: Changes): void {
    const ctor = this.constructor as typeof ReactiveHostElement;
    this.#reflecting = true;
    try {
      for (const name of changed.keys()) {
        const declaration = ctor.properties[name];
        if (!declaration?.reflect || declaration.attribute === false) continue;
        const attribute = declaration.attribute ?? name.toLowerCase();
        const value = this.#values.get(name);
        if (declaration.type === 'boolean') this.toggleAttribute(attribute, !!value);
        else if (value === undefined || value === null) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
      }
    } finally {
      this.#reflecting = false;
    }
  }

  /** Before rendering: derive and correct state (setting properties here joins this update). */
  protected willUpdate(_changed: Changes): void {}
  /** Renders into `renderRoot`. */
  protected abstract update(changed: Changes): void;
  /** After rendering: focus, events, measuring. */
  protected updated(_changed: Changes): void {}
}
