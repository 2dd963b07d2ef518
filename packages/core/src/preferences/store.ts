import { describe, warn } from '../internal/warn.js';
import { ReachChangeEvent } from './change-event.js';
import {
  DEFAULT_PREFERENCES,
  isPreferenceKey,
  parsePreference,
  PREFERENCE_KEYS,
  SCHEMA,
  type PreferenceChanges,
  type PreferenceKey,
  type Preferences,
} from './schema.js';
import { safeLocalStorage, type PreferenceStorage } from './storage.js';

/** The storage format's version. Bump it, and add a migration, when the stored shape changes. */
export const STORAGE_VERSION = 1;
export const DEFAULT_STORAGE_KEY = 'reachable';
/** Tells the other stores of this page that one of them wrote (the `storage` event only reaches other tabs). */
const SAME_PAGE = 'reach-storage';

/** `MIGRATIONS[n]` turns stored data of version n into version n + 1. */
export type Migrations = Record<number, (data: Record<string, unknown>) => Record<string, unknown>>;
const MIGRATIONS: Migrations = {};

export interface PreferenceStoreOptions {
  /** Where choices persist. Default: `localStorage`, falling back to memory when it is missing or throws. */
  storage?: PreferenceStorage;
  /** The one storage key holding every choice. Default `'reachable'`. */
  storageKey?: string;
  /** The site's own starting values (validated). All aids are off unless set here. */
  defaults?: PreferenceChanges;
  /** Only these keys may be set (the enabled aids). Default: every key. */
  keys?: readonly PreferenceKey[];
  /** For the OS signals (`matchMedia`) and other tabs' changes (`storage` events). Default: the global window. */
  window?: Window;
  /** Makes a valid change whole before it is recorded (a preset sets the aids it bundles): see `AidDefinition.changes`. */
  expand?: (changes: PreferenceChanges, preferences: Readonly<Preferences>) => PreferenceChanges;
  /** @internal Migrations for tests. */
  migrations?: Migrations;
}

export type PreferenceListener = (preferences: Readonly<Preferences>, changed: readonly PreferenceKey[]) => void;

export interface PreferenceStore extends EventTarget {
  /** The preferences in force: defaults, then the OS's signals, then the user's own choices. */
  get(): Readonly<Preferences>;
  /** Records the user's choices; an object value may be given in part. Unknown keys and invalid values are ignored (with a development warning). */
  set(changes: PreferenceChanges): void;
  /** Forgets the user's choices of these keys, or of every key of this store. */
  reset(keys?: readonly PreferenceKey[]): void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: PreferenceListener): () => void;
  /** Stops listening to the OS and to other tabs. */
  destroy(): void;
}

/** The user's explicit choices as stored: only keys they set, validated. */
type Choices = Partial<Preferences>;

/** The OS settings Reachable follows until the user decides otherwise. */
const OS_SIGNALS: { query: string; key: PreferenceKey; value: Preferences[PreferenceKey] }[] = [
  { query: '(prefers-reduced-motion: reduce)', key: 'reduceMotion', value: true },
];

/** Brings stored data up to `version`; undefined when it cannot be read. */
export function migrate(stored: unknown, version = STORAGE_VERSION, migrations: Migrations = MIGRATIONS): Record<string, unknown> | undefined {
  if (!stored || typeof stored !== 'object') return undefined;
  let data = stored as Record<string, unknown>;
  let from = typeof data.version === 'number' ? data.version : 0;
  while (from < version) {
    const step = migrations[from];
    if (!step) return undefined;
    data = step(data);
    from += 1;
  }
  // A newer version (the user went back to an older Reachable): keep what still validates.
  const preferences = data.preferences;
  return preferences && typeof preferences === 'object' ? (preferences as Record<string, unknown>) : undefined;
}

/** Whether two preference values are equal: the same primitive, or objects with the same JSON (values are plain data). */
export const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

export function createPreferenceStore(options: PreferenceStoreOptions = {}): PreferenceStore {
  const win = options.window ?? globalThis.window;
  const storage = options.storage ?? safeLocalStorage(win);
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const keys = new Set(options.keys ?? PREFERENCE_KEYS);
  const migrations = options.migrations ?? MIGRATIONS;
  const listeners = new Set<PreferenceListener>();
  const target = new EventTarget();
  let current: Readonly<Preferences> = DEFAULT_PREFERENCES;

  const siteDefaults = checked(options.defaults ?? {}, 'defaults');
  const media = OS_SIGNALS.flatMap((signal) => {
    const list = win?.matchMedia?.(signal.query);
    return list ? [{ ...signal, list }] : [];
  });

  let choices = readChoices();
  current = compute();

  /** What is stored under the key, migrated; other stores' keys included. */
  function readStored(): Record<string, unknown> | undefined {
    const raw = storage.getItem(storageKey);
    if (raw === null) return undefined;
    let data: Record<string, unknown> | undefined;
    try {
      data = migrate(JSON.parse(raw), STORAGE_VERSION, migrations);
    } catch {
      // Not JSON: like any other data not in Reachable's format.
    }
    if (!data && __DEV__) warn('R013', `The stored preferences under "${storageKey}" could not be read; starting from the defaults.`);
    return data;
  }

  function readChoices(): Choices {
    // Stored data is whole (a caption style fills in from the defaults), and its problems are not the page's to hear.
    return checked(readStored() ?? {});
  }

  function compute(): Readonly<Preferences> {
    const os: Choices = {};
    for (const { key, value, list } of media) if (list.matches && keys.has(key)) Object.assign(os, { [key]: value });
    return Object.freeze({ ...DEFAULT_PREFERENCES, ...siteDefaults, ...os, ...choices });
  }

  /**
   * The valid entries of untrusted data. With `where` (the caller's words), a
   * development warning per bad entry, and a partial caption style fills in
   * from the one in force; without, silently, from the defaults.
   */
  function checked(partial: unknown, where?: string): Choices {
    if (!partial || typeof partial !== 'object' || Array.isArray(partial)) {
      if (__DEV__ && where) warn('R010', `${where} takes an object of preferences; got ${describe(partial)}.`);
      return {};
    }
    const valid: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(partial)) {
      if (!isPreferenceKey(key)) {
        if (__DEV__ && where) warn('R011', `Unknown preference "${key}" in ${where}; known: ${PREFERENCE_KEYS.join(', ')}.`);
      } else if (!keys.has(key)) {
        if (__DEV__ && where) warn('R014', `Preference "${key}" in ${where} belongs to an aid that is not enabled here; ignored.`);
      } else {
        const parsed = parsePreference(key, value, where ? (current[key] as never) : undefined);
        if (parsed === undefined) {
          if (__DEV__ && where) warn('R012', `Invalid value ${describe(value)} for "${key}" in ${where}; expected ${SCHEMA[key].accepts}.`);
        } else valid[key] = parsed;
      }
    }
    return valid as Choices;
  }

  function update(): void {
    const previous = current;
    current = compute();
    const changed = PREFERENCE_KEYS.filter((key) => !same(previous[key], current[key]));
    if (!changed.length) return;
    for (const listener of [...listeners]) {
      try {
        listener(current, changed);
      } catch (error) {
        // One broken listener must not stop the others or the caller; report it like an uncaught error.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    target.dispatchEvent(new ReachChangeEvent(current, changed));
  }

  /** Writes this store's choices, keeping what other stores on the same key (other aids' elements) wrote. */
  function persist(): void {
    const others = Object.fromEntries(Object.entries(readStored() ?? {}).filter(([key]) => !keys.has(key as PreferenceKey)));
    const all = { ...others, ...choices };
    if (Object.keys(all).length) storage.setItem(storageKey, JSON.stringify({ version: STORAGE_VERSION, preferences: all }));
    else storage.removeItem(storageKey);
    // Other stores on this page (the storage event only reaches other tabs).
    win?.dispatchEvent?.(new CustomEvent(SAME_PAGE, { detail: { key: storageKey, from: target } }));
  }

  const onOsChange = () => update();
  const onStorage = (event: Event) => {
    const { key, from } = (event as CustomEvent).detail ?? { key: (event as StorageEvent).key };
    // key is null when another tab cleared all storage.
    if (from === target || (key !== storageKey && key !== null)) return;
    choices = readChoices();
    update();
  };
  for (const { list } of media) list.addEventListener?.('change', onOsChange);
  win?.addEventListener?.('storage', onStorage);
  win?.addEventListener?.(SAME_PAGE, onStorage);

  return Object.assign(target, {
    get: () => current,
    set(changes: PreferenceChanges) {
      let valid = checked(changes, 'preferences.set()');
      // What the expansion adds is Reachable's own doing: checked again, silently (an aid not offered here is left out).
      if (options.expand) valid = checked(options.expand(valid, current));
      if (!Object.keys(valid).length) return;
      choices = { ...choices, ...valid };
      persist();
      update();
    },
    reset(only?: readonly PreferenceKey[]) {
      choices = only ? Object.fromEntries(Object.entries(choices).filter(([key]) => !only.includes(key as PreferenceKey))) : {};
      persist();
      update();
    },
    subscribe(listener: PreferenceListener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    destroy() {
      for (const { list } of media) list.removeEventListener?.('change', onOsChange);
      win?.removeEventListener?.('storage', onStorage);
      win?.removeEventListener?.(SAME_PAGE, onStorage);
      listeners.clear();
    },
  });
}
