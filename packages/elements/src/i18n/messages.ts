import { chineseScript } from '@reachable/core/internal';
import type { Aid } from '@reachable/core/aids';
import type { PreferenceKey, Preferences } from '@reachable/core/preferences';

// ——— what the registry asks of every locale (a missing text is a type error) ———

type Spec = Aid['controls'][number];
type NameOf<S> = S extends { name: infer N extends string } ? N : S extends { key: infer K extends string } ? K : never;
/** A choice control's options: its presets' names, or its preference's values. */
type OptionsOf<S> = S extends { presets: infer P }
  ? keyof P & string
  : S extends { field: string } | { option: string }
    ? never
    : S extends { key: infer K extends PreferenceKey }
      ? Preferences[K] extends string
        ? Preferences[K]
        : never
      : never;
type Reasons<A> = A extends { unavailable: { reason: infer R extends string } } ? R : never;
type ShortcutIds<A> = A extends { shortcuts: readonly { id: infer I extends string }[] } ? I : never;
type CommandIds<A> = A extends { shortcuts: readonly (infer S)[] } ? (S extends { id: infer I extends string; command: object } ? I : never) : never;

/** Every control's name: its preference key, or its own name (captionSize). */
export type ControlName = NameOf<Spec>;
/** The toolbar's shortcut actions: its own two and every aid's. */
export type ShortcutAction = 'toggle' | 'reset' | ShortcutIds<Aid>;
/** The actions that are commands to an aid's engine, shown as buttons (pause reading aloud). */
export type CommandAction = CommandIds<Aid>;

/**
 * Every string the toolbar shows or speaks. `{name}` and `{value}` are
 * filled in. A locale is one object of this shape; a site can override any
 * message of any locale (see docs/i18n.md).
 */
export interface Messages {
  /** The toolbar's title, and the name of its dialog. */
  title: string;
  /** The launcher button's accessible name. */
  launcher: string;
  close: string;
  reset: string;
  /** Spoken after reset. */
  resetDone: string;
  /** The button that shows the keyboard shortcuts. */
  shortcuts: string;
  shortcutsOff: string;
  /** The honest note in the help view. */
  note: string;
  /** Each group's heading. */
  groups: Record<Aid['group'], string>;
  /** Each control's name. */
  aids: Record<ControlName, string>;
  /** Labels in the bar, shorter where a control's name (or `reset`, `shortcuts`) is long: part of it, since the full text stays the accessible name, which must contain what is seen. */
  short: Record<ControlName | CommandAction | 'reset' | 'shortcuts', string>;
  /** The options of each choice control, per control: `options.colorScheme['white-on-black']`. */
  options: { [S in Spec as [OptionsOf<S>] extends [never] ? never : NameOf<S>]: Record<OptionsOf<S>, string> };
  /** Shown instead of an aid's controls when it cannot work here, by reason (e.g. the OS forces its own colours). */
  unavailable: Record<Reasons<Aid>, string>;
  increase: string;
  decrease: string;
  /** Spoken when a value changes, e.g. "字体大小 150%". */
  changed: string;
  turnedOn: string;
  turnedOff: string;
  /** What each keyboard shortcut does, as the help lists it; a command's button is named by it too. */
  actions: Record<ShortcutAction, string>;
}

// ——— choosing and filling in texts ———

/**
 * The locale among `locales` for a BCP 47 language tag: Traditional Chinese
 * for zh-TW, zh-HK, zh-MO and zh-Hant; Simplified for other Chinese; another
 * locale by its language (so adding one needs nothing here); else English.
 */
export function pickLocale<L extends string>(lang: string | null | undefined, locales: readonly L[]): L {
  const script = chineseScript(lang);
  const wanted = script ? (script === 'hant' ? 'zh-TW' : 'zh-CN') : (lang ?? '').toLowerCase().split('-')[0];
  return locales.find((locale) => locale === wanted) ?? ('en' as L);
}

/**
 * An element's locale among `locales`: its own `lang`, else the page's
 * (`<html lang>`, read at each render, so a single-page app's new language is
 * taken at the next one). Elements observe their own `lang` attribute and
 * re-render when it changes.
 */
export const localeOf = <L extends string>(el: Element, locales: readonly L[]): L =>
  pickLocale((el as HTMLElement).lang || el.ownerDocument.documentElement.lang, locales);

/** Fills `{name}`-style placeholders. */
export const format = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
export type MessageOverrides = DeepPartial<Messages>;

/**
 * Any element's texts with a site's overrides applied, at any depth. Unknown
 * keys are ignored, and so are empty texts: a control must never lose its name.
 */
export function withOverrides<T extends object>(base: T, overrides: DeepPartial<T> | undefined): T {
  if (!overrides || typeof overrides !== 'object') return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const original = (base as Record<string, unknown>)[key];
    if (typeof original === 'string') merged[key] = typeof value === 'string' && value.trim() ? value : original;
    else if (original && typeof original === 'object') merged[key] = withOverrides(original, value as DeepPartial<object>);
  }
  return merged as T;
}
