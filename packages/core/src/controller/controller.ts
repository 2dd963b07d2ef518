import type { AidDefinition } from '../aids/define.js';
import { REGISTRY, type AidId } from '../aids/registry.js';
import type { Engine } from '../engine.js';
import { warn } from '../internal/warn.js';
import type { PreferenceKey, Preferences } from '../preferences/schema.js';
import { createPreferenceStore, type PreferenceStore, type PreferenceStoreOptions } from '../preferences/store.js';
import { running } from './running.js';

export interface ReachableOptions extends Omit<PreferenceStoreOptions, 'keys' | 'window'> {
  /** The document to apply aids to. Default: the global document. */
  document?: Document;
  /** The aids to offer (their ids, see `AIDS`). Default: every aid. */
  features?: readonly AidId[];
  /** @internal The aid definitions to choose from. Default: `REGISTRY`, every aid of this version. */
  registry?: readonly AidDefinition[];
}

export interface Reachable {
  /** The user's preferences: read, change, reset, subscribe; dispatches `reach-change`. */
  readonly preferences: Omit<PreferenceStore, 'destroy'>;
  /** The aids offered. */
  readonly features: readonly AidId[];
  /** Turns every aid off and stops listening: the page is as it was before Reachable. Preferences stay stored. */
  destroy(): void;
}

/** The value an aid's engine takes: its one preference's value, or all of its preferences. */
const valueFor = (aid: AidDefinition, preferences: Readonly<Preferences>): unknown =>
  aid.keys.length === 1 ? preferences[aid.keys[0]!] : Object.fromEntries(aid.keys.map((key) => [key, preferences[key]]));

/**
 * Wires one document's preferences to the engines that apply them: a change
 * of preference reaches only the engines of the aids that own it. Aids apply
 * once the document has been parsed, so measurements see the whole page.
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

  const store = createPreferenceStore({ ...options, keys: aids.flatMap((aid) => aid.keys), window: doc.defaultView ?? undefined });
  const engines = new Map<AidDefinition, Engine<unknown>>(aids.map((aid) => [aid, aid.engine(doc) as Engine<unknown>]));

  const apply = (changed: readonly PreferenceKey[]) => {
    const preferences = store.get();
    for (const [aid, engine] of engines) {
      if (!aid.keys.some((key) => changed.includes(key))) continue;
      try {
        engine.apply(valueFor(aid, preferences));
      } catch (error) {
        // One failing aid must not break the others or the page.
        console.error(`[Reachable] The ${aid.id} aid failed and was skipped:`, error);
      }
    }
  };

  let unsubscribe = () => {};
  const start = () => {
    apply(aids.flatMap((aid) => aid.keys));
    unsubscribe = store.subscribe((_, changed) => apply(changed));
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();

  const reachable: Reachable = {
    preferences: store,
    features: aids.map((aid) => aid.id as AidId),
    destroy() {
      doc.removeEventListener('DOMContentLoaded', start);
      unsubscribe();
      for (const engine of engines.values()) engine.destroy();
      engines.clear();
      store.destroy();
      const all = running(doc);
      if (all.includes(reachable)) all.splice(all.indexOf(reachable), 1);
    },
  };
  running(doc).push(reachable);
  return reachable;
}
