import type { PreferenceStore } from './preferences/store.js';
import type { PresetDefinition } from './presets/presets.js';
import type { SpeechOptions } from './speech/provider.js';

/**
 * An engine owns one aid and applies its preference value to one document.
 * Applying the "off" value returns the page to exactly its state before;
 * while off, an engine holds no observers or listeners.
 */
export interface Engine<T> {
  apply(value: T): void;
  /** Turns the aid off and releases everything. */
  destroy(): void;
}

/**
 * What the controller gives each engine it makes, as the factory's second
 * argument: its preferences. Most engines only apply the value they are
 * given. One the visitor can end from inside the page (closing reading mode)
 * records that here, so the toolbar and the stored choice follow; one may also
 * read another aid's value (reading mode takes the colour scheme). An engine
 * made without a controller gets none, and must work without it.
 */
export interface EngineContext {
  readonly preferences: Pick<PreferenceStore, 'get' | 'set' | 'subscribe'>;
  /** Read-aloud's options, as given to `createReachable` (a site's own voice). */
  readonly speech?: SpeechOptions;
  /** The presets on offer, by id: the built-in ones and the site's own. */
  readonly presets?: Readonly<Record<string, PresetDefinition>>;
}
