import type { PreferenceChanges, Preferences, Preset, PresetRestore } from '../preferences/schema.js';

/** What a preset turns on, and whether the toolbar grows its own targets with it. */
export interface PresetDefinition {
  readonly values: PresetRestore;
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
export const PRESET_DEFINITIONS: Readonly<Record<Exclude<Preset, 'none'>, PresetDefinition>> = {
  care: { values: { fontScale: 1.5, cursor: 'large-black', highlightFocus: true, captionBar: true }, largeTargets: true },
};

/**
 * A change of preset, made whole: the preset in force gives back what it
 * replaced, then the new one saves the visitor's own values of the aids it
 * sets (in `presetRestore`) and sets them. Aids the visitor changes in the
 * same call keep their new value. Every aid stays adjustable while a preset
 * is on; turning it off gives back exactly the values the visitor had before
 * it, for the aids it set, and leaves the others as they are now.
 */
export function presetChanges(changes: PreferenceChanges, preferences: Readonly<Preferences>): PreferenceChanges {
  const next = changes.preset;
  if (next === undefined || next === preferences.preset) return changes;
  // Only a preset in force has anything to give back (a stale saving, left by reset(['preset']), is not).
  const restore = preferences.preset === 'none' ? {} : preferences.presetRestore;
  const values = next === 'none' ? {} : PRESET_DEFINITIONS[next].values;
  const own = { ...preferences, ...restore } as Record<string, unknown>;
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, own[key]]));
  return { ...restore, ...values, ...changes, presetRestore: saved };
}
