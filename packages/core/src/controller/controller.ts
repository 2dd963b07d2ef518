import type { AidDefinition, AidValue } from '../aids/define.js';
import { REGISTRY, type Aid, type AidId } from '../aids/registry.js';
import type { Engine, EngineContext } from '../engine.js';
import { warn } from '../internal/warn.js';
import { DEFAULT_PREFERENCES, type PreferenceKey, type Preferences } from '../preferences/schema.js';
import { createPreferenceStore, same, type PreferenceStore, type PreferenceStoreOptions } from '../preferences/store.js';
import { isValidPreset, PRESET_DEFINITIONS, type PresetDefinition } from '../presets/presets.js';
import type { SpeechOptions } from '../speech/provider.js';
import { ReachAidErrorEvent } from './aid-error-event.js';
import { createHooks } from './hooks.js';
import { running } from './running.js';

export interface ReachableOptions extends Omit<PreferenceStoreOptions, 'keys' | 'window'> {
  /** The document to apply aids to. Default: the global document. */
  document?: Document;
  /** The aids to offer (their ids, see `AIDS`). Default: every aid. */
  features?: readonly AidId[];
  /** Read-aloud's options: `provider`, a site's own text-to-speech (see docs/speech.md). */
  speech?: SpeechOptions;
  /**
   * Aids the site applies itself (its own dark mode, its own text sizes):
   * Reachable then applies nothing for them and hands the site the visitor's
   * choice instead, at start and on every change, and the off value when
   * destroyed; the toolbar still shows and changes them. `true`: the site
   * follows the root's `data-reach-*` attributes or `reach-change` itself.
   */
  honours?: Honours;
  /**
   * The site's own presets, by id, offered after the built-in 关怀模式 (`care`,
   * which a site may redefine): `{ calm: { name: { 'zh-CN': '安静阅读', en: 'Calm reading' }, values: { reduceMotion: true, readingGuide: 'line' } } }`.
   */
  presets?: Readonly<Record<string, PresetDefinition>>;
  /** @internal The aid definitions to choose from. Default: `REGISTRY`, every aid of this version. */
  registry?: readonly AidDefinition[];
}

export interface Reachable {
  /** The user's preferences: read, change, reset, subscribe; dispatches `reach-change` (and `reach-aid-error`). */
  readonly preferences: Omit<PreferenceStore, 'destroy'>;
  /** The aids offered. */
  readonly features: readonly AidId[];
  /** The presets offered, by id, in the toolbar's order: the built-in ones, then the site's. */
  readonly presets: Readonly<Record<string, PresetDefinition>>;
  /** Resolves once every aid that is on has its engine (loaded on demand) and has been applied. */
  readonly ready: Promise<void>;
  /** Turns every aid off and stops listening: the page is as it was before Reachable. Preferences stay stored. */
  destroy(): void;
}

/** What a site does with the visitor's choice for an aid it handles itself: a function given the aid's value, or `true`. */
export type Honours = { readonly [A in Aid as A['id']]?: true | ((value: AidValue<A['keys']>) => void) };

/** The built-in presets and the site's valid ones; a problem with one of the site's is said once, and that one is left out. */
function presetsOf(site: unknown): Readonly<Record<string, PresetDefinition>> {
  const presets: Record<string, PresetDefinition> = { ...PRESET_DEFINITIONS };
  for (const [id, definition] of Object.entries(site && typeof site === 'object' ? site : {})) {
    // Said in production too: a site's editor writes presets into window.ReachableConfig.
    if (isValidPreset(id, definition)) presets[id] = definition;
    else warn('R114', `The preset "${id}" is not valid and is left out.`);
  }
  return presets;
}

/** Runs an aid's part: one that fails must not break the others or the page. */
function guarded(aid: AidDefinition, part: () => void): void {
  try {
    part();
  } catch (error) {
    console.error(`[Reachable] The ${aid.id} aid failed and was skipped:`, error);
  }
}

/** The value an aid's engine takes: its one preference's value, or all of its preferences. */
const valueFor = (aid: AidDefinition, preferences: Readonly<Preferences>): unknown =>
  aid.keys.length === 1 ? preferences[aid.keys[0]!] : Object.fromEntries(aid.keys.map((key) => [key, preferences[key]]));

/**
 * Wires one document's preferences to the engines that apply them: a change
 * of preference reaches only the engines of the aids that own it. Aids apply
 * once the document has been parsed, so measurements see the whole page. An
 * aid whose engine loads on demand (`load`) is fetched when it is first on,
 * then applied with the value in force; if it cannot load, the change is kept,
 * `reach-aid-error` says so, and the next change tries again.
 */
export function createReachable(options: ReachableOptions = {}): Reachable {
  const doc = options.document ?? document;
  const registry: readonly AidDefinition[] = options.registry ?? REGISTRY;
  const aids = ((options.features as readonly string[] | undefined) ?? registry.map((aid) => aid.id)).flatMap((id, i, all) => {
    const aid = registry.find((a) => a.id === id);
    if (!aid && __DEV__) warn('R020', `Unknown feature "${String(id)}"; known: ${registry.map((a) => a.id).join(', ')}.`);
    return aid && all.indexOf(id) === i ? [aid] : [];
  });
  if (running(doc).length && __DEV__) {
    warn('R021', 'createReachable() already runs for this document; two controllers would fight over the same page.');
  }

  const store = createPreferenceStore({
    ...options,
    keys: aids.flatMap((aid) => aid.keys),
    window: doc.defaultView ?? undefined,
    // Aids made of other aids (presets) make a change whole.
    expand: (changes, preferences) => aids.reduce((all, aid) => (aid.changes && aid.keys.some((key) => key in all) ? aid.changes(all, preferences, context) : all), changes),
  });
  const engines = new Map<AidDefinition, Engine<unknown>>();
  const loading = new Map<AidDefinition, Promise<void>>();
  let destroyed = false;
  // Engines may read the preferences, and end their own aid when the visitor does so from the page.
  const context: EngineContext = { preferences: store, speech: options.speech, presets: presetsOf(options.presets) };
  const honours = (options.honours ?? {}) as Readonly<Record<string, unknown>>;
  if (__DEV__) {
    for (const [id, handler] of Object.entries(honours)) {
      if (!registry.some((aid) => aid.id === id) || (handler !== true && typeof handler !== 'function')) {
        warn('R022', `honours.${id} is ignored: it takes an aid's id (${registry.map((a) => a.id).join(', ')}) and true or a function.`);
      }
    }
  }
  // A site's handler is an engine of its own: one that throws must not break the others or the page.
  for (const aid of aids) {
    const handler = honours[aid.id] as true | ((value: unknown) => void) | undefined;
    if (typeof handler === 'function') engines.set(aid, { apply: handler, destroy: () => handler(valueFor(aid, DEFAULT_PREFERENCES)) });
    else if (handler === true) engines.set(aid, { apply() {}, destroy() {} });
    else if (aid.engine) engines.set(aid, aid.engine(doc, context) as Engine<unknown>);
  }
  const hooks = createHooks(doc);

  /** Loads an aid's engine (once at a time), then applies the value in force. */
  const load = (aid: AidDefinition): Promise<void> => {
    let pending = loading.get(aid);
    if (!pending) {
      pending = aid.load!().then(
        (create) => {
          loading.delete(aid);
          if (destroyed) return;
          engines.set(aid, create(doc, context) as Engine<unknown>);
          apply(aid.keys);
        },
        (error: unknown) => {
          loading.delete(aid);
          if (destroyed) return;
          warn('R106', `The ${aid.id} aid could not be loaded; it is tried again at its next change.`, error);
          store.dispatchEvent(new ReachAidErrorEvent(aid.id as AidId, error));
        },
      );
      loading.set(aid, pending);
    }
    return pending;
  };

  const apply = (changed: readonly PreferenceKey[]) => {
    const preferences = store.get();
    for (const aid of aids) {
      if (!aid.keys.some((key) => changed.includes(key))) continue;
      const engine = engines.get(aid);
      // Not loaded: nothing to undo while off; loaded when first on.
      if (engine) guarded(aid, () => engine.apply(valueFor(aid, preferences)));
      else if (aid.load && aid.keys.some((key) => !same(preferences[key], DEFAULT_PREFERENCES[key]))) void load(aid);
      guarded(aid, () => hooks.reflect(aid, preferences));
    }
  };

  let unsubscribe = () => {};
  let started: () => void = () => {};
  const start = () => {
    apply(aids.flatMap((aid) => aid.keys));
    unsubscribe = store.subscribe((_, changed) => apply(changed));
    started();
  };
  const begun = new Promise<void>((resolve) => (started = resolve));
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();

  const reachable: Reachable = {
    preferences: store,
    features: aids.map((aid) => aid.id as AidId),
    presets: context.presets!,
    get ready() {
      return begun.then(async () => {
        while (loading.size) await Promise.all(loading.values());
      });
    },
    destroy() {
      destroyed = true;
      doc.removeEventListener('DOMContentLoaded', start);
      unsubscribe();
      for (const [aid, engine] of engines) {
        guarded(aid, () => engine.destroy());
      }
      engines.clear();
      hooks.destroy();
      store.destroy();
      const all = running(doc);
      if (all.includes(reachable)) all.splice(all.indexOf(reachable), 1);
    },
  };
  running(doc).push(reachable);
  return reachable;
}
