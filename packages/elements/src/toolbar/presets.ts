import type { Aid, ControlSpec } from '@reachable/core/aids';
import type { PresetDefinition } from '@reachable/core/presets';
import { controlsOf, resolveControl, type Control } from './controls.js';

const made = new Map<string, Control>();

/**
 * The preset aid's switches: the registry's (关怀模式), then one per preset
 * the site added (`createReachable({ presets })`), each `preset: id` as a
 * switch under the id's name.
 */
export function presetControls(aid: Aid, presets: Readonly<Record<string, PresetDefinition>>): readonly Control[] {
  const builtIn = controlsOf(aid);
  const own = Object.keys(presets).filter((id) => !builtIn.some((control) => control.name === id));
  return [
    ...builtIn,
    ...own.map((id) => {
      let control = made.get(id);
      if (!control) made.set(id, (control = resolveControl(aid, { key: 'preset', option: id, name: id, icon: 'bookmark' })));
      return control;
    }),
  ];
}
