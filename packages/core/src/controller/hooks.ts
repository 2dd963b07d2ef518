import type { AidDefinition } from '../aids/define.js';
import { kebab } from '../internal/kebab.js';
import { adoptSheet, type OwnedSheet } from '../internal/owned-sheet.js';
import { DEFAULT_PREFERENCES, rangeSteps, SCHEMA, type PreferenceKey, type Preferences } from '../preferences/schema.js';
import { same } from '../preferences/store.js';

/** `captionBarText` → `data-reach-caption-bar-text`. */
export const hookAttribute = (key: PreferenceKey): `data-reach-${string}` => `data-reach-${kebab(key)}`;

/**
 * The attributes that say an aid is on, for a site's own CSS: while its first
 * preference (its switch) is away from its default, each of its preferences,
 * a flag present and empty, other values as written (object values have none).
 */
export function hookAttributes(aid: AidDefinition, preferences: Readonly<Preferences>): [name: string, value: string][] {
  const [main] = aid.keys;
  if (same(preferences[main!], DEFAULT_PREFERENCES[main!])) return [];
  return aid.keys.flatMap((key) => {
    const value = preferences[key];
    return typeof value === 'object' || value === false ? [] : [[hookAttribute(key), value === true ? '' : String(value)]];
  });
}

/** The values other than off a control can give a preference: a choice's, a range's steps. */
function valuesOf(key: PreferenceKey): readonly unknown[] {
  const field = SCHEMA[key];
  const values = field.kind === 'choice' ? field.values : field.kind === 'range' ? rangeSteps(field) : [];
  return values.filter((value) => value !== field.default);
}

/**
 * Reflects aids on the root element for a site's own CSS and scripts (the
 * table in docs/integration.md): attributes set and removed as the visitor
 * chooses; custom properties held by rules keyed on those attributes
 * (`html[data-reach-color-scheme="yellow-on-black"]{--reach-fg:#ff0}`), added
 * once per value, so a change moves an attribute and never rewrites a sheet.
 * Everything goes when the aids are off: the page is then as it was.
 */
export function createHooks(doc: Document) {
  const root = doc.documentElement;
  /** The attributes set now. */
  const names = new Set<string>();
  const rules = new Set<string>();
  let sheet: OwnedSheet | undefined;
  const clear = () => {
    rules.clear();
    sheet?.remove();
    sheet = undefined;
  };

  return {
    reflect(aid: AidDefinition, preferences: Readonly<Preferences>) {
      const attributes = new Map(hookAttributes(aid, preferences));
      for (const key of aid.keys) {
        const name = hookAttribute(key);
        const value = attributes.get(name);
        if (value === undefined) {
          root.removeAttribute(name);
          names.delete(name);
        } else {
          if (root.getAttribute(name) !== value) root.setAttribute(name, value);
          names.add(name);
        }
      }
      if (!names.size) return clear();
      for (const hook of aid.properties ?? []) {
        // An engine's own property (page zoom's --reach-unzoom) is the engine's to set.
        if (hook.byEngine || !attributes.size) continue;
        const ruleFor = (value: unknown) => `html[${hookAttribute(hook.key)}="${String(value)}"]{${hook.name}:${(hook.value as (v: unknown) => string)(value)}}`;
        const value = preferences[hook.key];
        if (rules.has(ruleFor(value))) continue;
        // A value not seen yet: with it, every value a control can give, so the toolbar's changes never write the
        // sheet again (a written sheet makes the browser rebuild its rule sets: 1.2× a page's own switch, measured).
        sheet ??= adoptSheet(doc);
        for (const rule of new Set([value, ...valuesOf(hook.key)].map(ruleFor))) {
          if (rules.has(rule)) continue;
          rules.add(rule);
          sheet.sheet.insertRule(rule, sheet.sheet.cssRules.length);
        }
      }
    },
    destroy() {
      for (const name of names) root.removeAttribute(name);
      names.clear();
      clear();
    },
  };
}
