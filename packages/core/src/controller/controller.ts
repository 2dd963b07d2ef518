import { createCaptionStyle } from '../captions/style.js';
import { createColorFilter } from '../color-filter/color-filter.js';
import { createColorScheme } from '../color-scheme/color-scheme.js';
import type { Engine } from '../engine.js';
import { createFontScale } from '../font-scale/font-scale.js';
import { devWarn } from '../internal/dev.js';
import { createPageZoom } from '../page-zoom/page-zoom.js';
import { PREFERENCE_KEYS, type PreferenceKey, type Preferences } from '../preferences/schema.js';
import { createPreferenceStore, type PreferenceStore, type PreferenceStoreOptions } from '../preferences/store.js';
import { createTextSpacing } from '../text-spacing/text-spacing.js';
import { running } from './running.js';

/** The engine behind each aid that has one. */
const ENGINES: { [K in PreferenceKey]?: (doc: Document) => Engine<Preferences[K]> } = {
  fontScale: createFontScale,
  pageZoom: createPageZoom,
  textSpacing: createTextSpacing,
  colorScheme: createColorScheme,
  colorFilter: createColorFilter,
  captionStyle: createCaptionStyle,
};

/** The aids this version of Reachable can apply, in toolbar order. */
export const AIDS = PREFERENCE_KEYS.filter((key) => key in ENGINES);

export interface ReachableOptions extends Omit<PreferenceStoreOptions, 'keys' | 'window'> {
  /** The document to apply aids to. Default: the global document. */
  document?: Document;
  /** The aids to offer (preference keys). Default: every aid in `AIDS`. */
  features?: readonly PreferenceKey[];
}

export interface Reachable {
  /** The user's preferences: read, change, reset, subscribe; dispatches `reach-change`. */
  readonly preferences: Omit<PreferenceStore, 'destroy'>;
  /** The aids offered. */
  readonly features: readonly PreferenceKey[];
  /** Turns every aid off and stops listening: the page is as it was before Reachable. Preferences stay stored. */
  destroy(): void;
}

/**
 * Wires one document's preferences to the engines that apply them: a change
 * of preference reaches only the engine it concerns. Aids apply once the
 * document has been parsed, so measurements see the whole page.
 */
export function createReachable(options: ReachableOptions = {}): Reachable {
  const doc = options.document ?? document;
  const features = (options.features ?? AIDS).filter((key, i, all) => {
    const known = PREFERENCE_KEYS.includes(key);
    if (!known && __DEV__) devWarn('R020', `Unknown feature "${String(key)}"; known: ${PREFERENCE_KEYS.join(', ')}.`);
    return known && all.indexOf(key) === i;
  });
  if (running(doc).length && __DEV__) {
    devWarn('R021', 'createReachable() already runs for this document; two controllers would fight over the same page.');
  }

  const store = createPreferenceStore({ ...options, keys: features, window: doc.defaultView ?? undefined });
  const engines = new Map<PreferenceKey, Engine<never>>();
  for (const key of features) {
    const create = ENGINES[key];
    if (create) engines.set(key, create(doc) as Engine<never>);
  }

  const apply = (keys: readonly PreferenceKey[]) => {
    const preferences = store.get();
    for (const key of keys) {
      try {
        engines.get(key)?.apply(preferences[key] as never);
      } catch (error) {
        // One failing aid must not break the others or the page.
        console.error(`[Reachable] The ${key} aid failed and was skipped:`, error);
      }
    }
  };

  let unsubscribe = () => {};
  const start = () => {
    apply(features);
    unsubscribe = store.subscribe((_, changed) => apply(changed));
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();

  const reachable: Reachable = {
    preferences: store,
    features,
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
