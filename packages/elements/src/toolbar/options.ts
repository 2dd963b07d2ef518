import { warn } from '@reachable/core/internal';

export const LAYOUTS = ['launcher', 'bar'] as const;
export const POSITIONS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type Layout = (typeof LAYOUTS)[number];
export type Position = (typeof POSITIONS)[number];

interface Rule<T> {
  readonly fallback: T;
  /** In words, for warnings. */
  readonly accepts: string;
  valid(value: unknown): value is T;
}

const inRange = (min: number, max: number, whole = false) => (value: unknown): value is number =>
  typeof value === 'number' && value >= min && value <= max && (!whole || Number.isInteger(value));

/**
 * The toolbar's layout options: what each accepts and its default, in one
 * place for the element (values from markup or frameworks) and the script
 * tag (its `data-*` attributes). A bad value gets the default.
 */
export const TOOLBAR_OPTIONS: { readonly layout: Rule<Layout>; readonly position: Rule<Position>; readonly offset: Rule<number>; readonly zIndex: Rule<number> } = {
  layout: { fallback: 'launcher', accepts: LAYOUTS.join(', '), valid: (value): value is Layout => LAYOUTS.includes(value as Layout) },
  position: { fallback: 'bottom-right', accepts: POSITIONS.join(', '), valid: (value): value is Position => POSITIONS.includes(value as Position) },
  /** Distance from the corner, px. */
  offset: { fallback: 16, accepts: 'a number of pixels from 0 to 200', valid: inRange(0, 200) },
  /** Deliberately not the maximum, so the page's own dialogs can cover the toolbar. */
  zIndex: { fallback: 10000, accepts: 'a whole number from 0', valid: inRange(0, 2 ** 31 - 1, true) },
};

type Options = { -readonly [K in keyof typeof TOOLBAR_OPTIONS]: unknown };

/**
 * Bad values from markup or frameworks get the default (a launcher with no
 * corner would sit in the page's flow), with one warning each in development
 * builds; the script tag checks its own configuration.
 */
export function correctOptions(toolbar: Options, changed: ReadonlyMap<string, unknown>, warned: Set<string>): void {
  for (const key of Object.keys(TOOLBAR_OPTIONS) as (keyof Options)[]) {
    const rule = TOOLBAR_OPTIONS[key];
    if (!changed.has(key) || rule.valid(toolbar[key])) continue;
    if (__DEV__) {
      const message = `<reach-toolbar> ${key}="${String(toolbar[key])}" is not valid (accepted: ${rule.accepts}); using ${String(rule.fallback)}.`;
      if (!warned.has(message)) warn('R040', message);
      warned.add(message);
    }
    toolbar[key] = rule.fallback;
  }
}
