import type { Aid, AidDefinition, ControlSpec } from '@reachable/core/aids';
import { SCHEMA, type Field, type PreferenceChanges, type Preferences } from '@reachable/core/preferences';
import type { ControlName } from '../i18n/messages.js';

interface Common<V> {
  /** Its message name (`aids.<name>`, `options.<name>`). */
  readonly name: ControlName;
  readonly aid: Aid;
  /** Its picture: a Lucide icon's name, drawn from the toolbar's icon set. */
  readonly icon: string;
  /** Shown only while its aid is on. */
  readonly whenOn?: boolean;
  /** The control's value in these preferences. */
  value(preferences: Readonly<Preferences>): V;
  /** The preference change that gives the control this value. */
  change(value: V): PreferenceChanges;
}

/** A control of the toolbar, resolved from an aid's control spec and the preference's schema field. */
export type Control =
  | (Common<number> & { readonly kind: 'stepper'; readonly min: number; readonly max: number; readonly step: number; readonly unit: 'factor' | 'percent'; readonly defaultValue: number; readonly barMenu?: boolean })
  | (Common<boolean> & { readonly kind: 'switch' })
  | (Common<string> & { readonly kind: 'choice'; readonly options: readonly string[]; readonly swatches?: ControlSpec['swatches'] });

type Values = Record<string, unknown>;

/**
 * What a spec becomes: a stepper for a range, a switch for a flag or one
 * option of an enumeration, a choice for an enumeration or a set of presets. Limits, steps and options are the
 * schema's own, so the toolbar can never offer a value the store refuses.
 */
export function resolveControl(aid: Aid, spec: ControlSpec): Control {
  const name = (spec.name ?? spec.key) as ControlName;
  const { key, field, presets, option } = spec as { key: keyof Preferences; field?: string; presets?: Record<string, Values>; option?: string };
  const common = { name, aid, icon: spec.icon, whenOn: spec.whenOn };
  if (presets) {
    const options = Object.keys(presets);
    return {
      ...common,
      kind: 'choice',
      options,
      // The preset whose every value is in force; '' when the visitor chose a mix of their own.
      value: (preferences) => options.find((option) => Object.entries(presets[option]!).every(([f, v]) => (preferences[key] as unknown as Values)[f] === v)) ?? '',
      change: (option) => ({ [key]: presets[option] }),
    };
  }
  if (option) {
    // One option of a choice, as a switch: off is the preference's default.
    return { ...common, kind: 'switch', value: (preferences) => preferences[key] === option, change: (on) => ({ [key]: on ? option : SCHEMA[key].default }) as PreferenceChanges };
  }
  const top = SCHEMA[key] as Field<unknown>;
  const schema = field && top.kind === 'object' ? top.fields[field] : top;
  const read = (preferences: Readonly<Preferences>) => (field ? (preferences[key] as unknown as Values)[field] : preferences[key]);
  const change = (value: unknown) => ({ [key]: field ? { [field]: value } : value });
  switch (schema?.kind) {
    case 'range':
      return { ...common, kind: 'stepper', min: schema.min, max: schema.max, step: schema.step, unit: schema.unit, defaultValue: schema.default as number, barMenu: spec.barMenu, value: read as never, change };
    case 'flag':
      return { ...common, kind: 'switch', value: read as never, change };
    case 'choice':
      return { ...common, kind: 'choice', options: schema.values, swatches: spec.swatches, value: read as never, change };
    default:
      // A registry mistake (a colour field has no control yet), caught by the registry's tests.
      throw new Error(`Reachable: no control for ${name}`);
  }
}

const resolved = new Map<Aid, readonly Control[]>();
/** An aid's controls, resolved once. */
export const controlsOf = (aid: Aid): readonly Control[] => {
  let controls = resolved.get(aid);
  if (!controls) resolved.set(aid, (controls = aid.controls.map((spec) => resolveControl(aid, spec))));
  return controls;
};

/** A stepper's next value, clamped and free of float drift. */
export const stepValue = (control: Extract<Control, { kind: 'stepper' }>, value: number, direction: 1 | -1) =>
  Math.min(control.max, Math.max(control.min, Math.round((value + direction * control.step) * 100) / 100));

/** A stepper's value as people read it: 1.25 (a factor) and 125 (a percentage) are both "125%". */
export const shown = (control: Extract<Control, { kind: 'stepper' }>, value: number) =>
  `${Math.round(control.unit === 'factor' ? value * 100 : value)}%`;

/** What a control's shortcut moves it to: a stepper steps, a switch flips, a choice takes its next option. */
export function nextValue(control: Control, preferences: Readonly<Preferences>, step: 1 | -1 = 1): number | boolean | string {
  if (control.kind === 'stepper') return stepValue(control, control.value(preferences), step);
  if (control.kind === 'switch') return !control.value(preferences);
  const { options } = control;
  return options[(options.indexOf(control.value(preferences)) + 1) % options.length]!;
}

/** Why an aid cannot work here now, if it cannot: its reason's text is shown (and said) instead. */
export const unavailableReason = (aid: Aid, doc: Document): string | undefined => {
  const unavailable = (aid as AidDefinition).unavailable;
  return unavailable?.when(doc) ? unavailable.reason : undefined;
};
