import type { PresetDefinition } from '@reachable/core/presets';
import { format, pickLocale, type Messages } from '../i18n/messages.js';
import { shown, type Control } from './controls.js';

type ValueOf<C extends Control> = ReturnType<C['value']>;

/** What a control's view is given: the control, its value, its name and texts, and how to change it. */
export interface ControlView<C extends Control> {
  readonly control: C;
  readonly value: ValueOf<C>;
  /** The control's name in the toolbar's language. */
  readonly name: string;
  readonly text: Messages;
  /** Changes the preference (and says so). */
  set(value: ValueOf<C>): void;
}

/** The label of a choice's option in the toolbar's language. */
export const optionLabel = (control: Control, text: Messages, option: string): string =>
  (text.options as Record<string, Record<string, string> | undefined>)[control.name]?.[option] ?? option;

/** What the toolbar says once a control has this value: "字体大小 150%", "文字间距已开启". */
export function changeText(control: Control, value: number | boolean | string, text: Messages): string {
  const name = text.aids[control.name];
  if (control.kind === 'switch') return format(value ? text.turnedOn : text.turnedOff, { name });
  return format(text.changed, { name, value: control.kind === 'stepper' ? shown(control, value as number) : optionLabel(control, text, value as string) });
}

/** The toolbar's texts with the names of a site's own presets in its language (else English, else the first given, else the id). */
export function withPresetNames(text: Messages, presets: Readonly<Record<string, PresetDefinition>> | undefined, locale: string): Messages {
  const names = Object.entries(presets ?? {}).flatMap(([id, { name }]) => {
    if (!name || id in text.aids) return [];
    const tags = Object.keys(name);
    return [[id, name[tags.includes(locale) ? locale : pickLocale(locale, tags)] ?? Object.values(name)[0] ?? id] as const];
  });
  if (!names.length) return text;
  const more = Object.fromEntries(names);
  return { ...text, aids: { ...text.aids, ...more }, short: { ...text.short, ...more } };
}
