import { COLOR_FILTERS, COLOR_SCHEMES, type PreferenceKey, type Preferences } from '@reachable/core/preferences';

type NumberKey = { [K in PreferenceKey]: Preferences[K] extends number ? K : never }[PreferenceKey];
type BooleanKey = { [K in PreferenceKey]: Preferences[K] extends boolean ? K : never }[PreferenceKey];

export type Control =
  | { kind: 'stepper'; key: NumberKey; min: number; max: number; step: number }
  | { kind: 'toggle'; key: BooleanKey }
  | { kind: 'choice'; key: 'colorScheme' | 'colorFilter'; options: readonly string[] };

export type GroupId = 'text' | 'color' | 'reading' | 'speech' | 'captions';

/** The toolbar's controls, grouped and in order. A control shows only when its aid is enabled. */
export const GROUPS: readonly { id: GroupId; controls: readonly Control[] }[] = [
  {
    id: 'text',
    controls: [
      { kind: 'stepper', key: 'fontScale', min: 1, max: 3, step: 0.25 },
      { kind: 'stepper', key: 'pageZoom', min: 1, max: 3, step: 0.25 },
      { kind: 'toggle', key: 'textSpacing' },
    ],
  },
  {
    id: 'color',
    controls: [
      { kind: 'choice', key: 'colorScheme', options: COLOR_SCHEMES },
      { kind: 'choice', key: 'colorFilter', options: COLOR_FILTERS },
    ],
  },
];

/** A stepper's next value, clamped and free of float drift. */
export const stepValue = (control: Extract<Control, { kind: 'stepper' }>, value: number, direction: 1 | -1) =>
  Math.min(control.max, Math.max(control.min, Math.round((value + direction * control.step) * 100) / 100));

export const percent = (value: number) => `${Math.round(value * 100)}%`;
