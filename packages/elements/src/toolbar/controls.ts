import { COLOR_FILTERS, COLOR_SCHEMES, type CaptionStyle, type PreferenceKey, type Preferences } from '@reachable/core/preferences';

type NumberKey = { [K in PreferenceKey]: Preferences[K] extends number ? K : never }[PreferenceKey];
type BooleanKey = { [K in PreferenceKey]: Preferences[K] extends boolean ? K : never }[PreferenceKey];

/** What a control is called (its message in `aids`): its preference, or a part of captionStyle. */
export type ControlName = PreferenceKey | 'captionSize' | 'captionColors';

export type Control =
  | { kind: 'stepper'; key: NumberKey | 'captionStyle'; name?: ControlName; min: number; max: number; step: number }
  | { kind: 'toggle'; key: BooleanKey; name?: ControlName }
  | { kind: 'choice'; key: 'colorScheme' | 'colorFilter' | 'captionStyle'; name?: ControlName; options: readonly string[] };

export type GroupId = 'text' | 'color' | 'reading' | 'speech' | 'captions';

/**
 * Caption colour presets, [text, background], from the caption palette of the
 * FCC / W3C preferences (so <reach-captions>' own settings show them too);
 * named like the colour schemes, whose names the toolbar already speaks.
 */
export const CAPTION_PRESETS: Readonly<Record<string, readonly [string, string]>> = {
  'white-on-black': ['#ffffff', '#000000'],
  'yellow-on-black': ['#ffff00', '#000000'],
  'black-on-white': ['#000000', '#ffffff'],
  'black-on-yellow': ['#000000', '#ffff00'],
  'white-on-blue': ['#ffffff', '#0000ff'],
};

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
  {
    // Shown only on pages with a video (see ReachToolbar).
    id: 'captions',
    controls: [
      { kind: 'stepper', key: 'captionStyle', name: 'captionSize', min: 0.5, max: 4, step: 0.25 },
      { kind: 'choice', key: 'captionStyle', name: 'captionColors', options: Object.keys(CAPTION_PRESETS) },
    ],
  },
];

/** A control's value: caption size is a percentage inside captionStyle, caption colours a preset or ''. */
export function valueOf(control: Control, preferences: Readonly<Preferences>): number | boolean | string {
  if (control.key !== 'captionStyle') return preferences[control.key];
  const { size, color, background } = preferences.captionStyle;
  if (control.kind === 'stepper') return size / 100;
  return Object.keys(CAPTION_PRESETS).find((name) => `${CAPTION_PRESETS[name]}` === `${color},${background}`) ?? '';
}

/** The preference change that gives a control this value. */
export function changeFor(control: Control, value: number | boolean | string): Partial<Preferences> {
  if (control.key !== 'captionStyle') return { [control.key]: value };
  const [color, background] = CAPTION_PRESETS[value as string] ?? [];
  // A partial captionStyle: the store keeps the fields not given.
  return { captionStyle: (control.kind === 'stepper' ? { size: (value as number) * 100 } : { color, background }) as unknown as CaptionStyle };
}

/** A stepper's next value, clamped and free of float drift. */
export const stepValue = (control: Extract<Control, { kind: 'stepper' }>, value: number, direction: 1 | -1) =>
  Math.min(control.max, Math.max(control.min, Math.round((value + direction * control.step) * 100) / 100));

export const percent = (value: number) => `${Math.round(value * 100)}%`;
