export { presetAid } from './aid.js';
export { PRESET_DEFINITIONS, presetChanges, isValidPreset } from './presets.js';
export type { PresetDefinition } from './presets.js';
