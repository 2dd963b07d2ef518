import type { EngineContext } from '../engine.js';
import { warn } from '../internal/warn.js';
import { SCHEMA, type PreferenceChanges, type Preferences, type PresetRestore } from '../preferences/schema.js';

/** What a preset turns on, what it is called, and whether the toolbar grows its own targets with it. */
export interface PresetDefinition {
  /** The preferences it sets (any but the preset's own), validated by the schema. */
  readonly values: PresetRestore;
  /** Its name in the toolbar, per language tag (`{ 'zh-CN': '安静阅读', en: 'Calm reading' }`); the built-in presets' names are the toolbar's own texts. */
  readonly name?: Readonly<Record<string, string>>;
  /** The toolbar's buttons at least 60 × 60 px while it is in force (the MIIT aging-friendly size). */
  readonly largeTargets?: boolean;
}

/**
 * The built-in presets. 关怀模式 (care) is what the MIIT aging-friendly rules
 * and the big Chinese apps' 长辈版 give older readers in one switch: larger
 * text, the large cursor, a clear focus ring and the caption bar. It bundles
 * visible choices only; it is never a mode for a disability, never switched on
 * by detection.
 */
export const PRESET_DEFINITIONS: Readonly<Record<string, PresetDefinition>> = {
  care: { values: { fontScale: 1.5, cursor: 'large-black', highlightFocus: true, captionBar: true }, largeTargets: true },
};

/**
 * Whether a site's preset can be offered: an id of lower-case words joined by
 * hyphens (not `none`), values the schema accepts (any preferences but the
 * preset's own), names that are text. A site may redefine `care` too.
 */
export function isValidPreset(id: string, definition: unknown): definition is PresetDefinition {
  const { values, name, largeTargets } = (definition ?? {}) as Record<string, unknown>;
  return (
    id !== 'none' &&
    !!SCHEMA.preset.parse(id) &&
    !!values &&
    typeof values === 'object' &&
    Object.keys(values).length > 0 &&
    !!SCHEMA.presetRestore.parse(values) &&
    (name === undefined || (!!name && typeof name === 'object' && Object.values(name).every((text) => typeof text === 'string' && !!text.trim()))) &&
    (largeTargets === undefined || typeof largeTargets === 'boolean')
  );
}

/**
 * A change of preset, made whole: the preset in force gives back what it
 * replaced, then the new one saves the visitor's own values of the aids it
 * sets (in `presetRestore`) and sets them. Aids the visitor changes in the
 * same call keep their new value. Every aid stays adjustable while a preset
 * is on; turning it off gives back exactly the values the visitor had before
 * it, for the aids it set, and leaves the others as they are now. A preset
 * not on offer changes nothing.
 */
export function presetChanges(changes: PreferenceChanges, preferences: Readonly<Preferences>, { presets = PRESET_DEFINITIONS }: Partial<EngineContext> = {}): PreferenceChanges {
  const next = changes.preset;
  if (next === undefined || next === preferences.preset) return changes;
  const definition = next === 'none' ? { values: {} } : Object.hasOwn(presets, next) ? presets[next] : undefined;
  if (!definition) {
    if (__DEV__) warn('R023', `There is no preset "${next}" here (presets: ${Object.keys(presets).join(', ')}); the preset in force stays.`);
    const { preset: _, ...rest } = changes;
    return rest;
  }
  // Only a preset in force has anything to give back (a stale saving, left by reset(['preset']), is not).
  const restore = preferences.preset === 'none' ? {} : preferences.presetRestore;
  const own = { ...preferences, ...restore } as Record<string, unknown>;
  const saved = Object.fromEntries(Object.keys(definition.values).map((key) => [key, own[key]]));
  return { ...restore, ...definition.values, ...changes, presetRestore: saved };
}
