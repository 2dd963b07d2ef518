// The root's data-reach-* attributes and --reach-* properties: a public contract sites style against.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFixturePages } from '../../../../test/fixture.js';
import type { AidDefinition } from '../aids/define.js';
import { REGISTRY } from '../aids/registry.js';
import { DEFAULT_PREFERENCES, SCHEMA, type PreferenceChanges, type PreferenceKey, type Preferences } from '../preferences/schema.js';
import { memoryStorage } from '../preferences/storage.js';
import { createReachable, type Honours, type Reachable } from './controller.js';
import { hookAttribute } from './hooks.js';

const fixture = useFixturePages();
let controller: Reachable | undefined;
afterEach(() => {
  controller?.destroy();
  controller = undefined;
  vi.restoreAllMocks();
});

const html = document.documentElement;
const property = (name: string) => getComputedStyle(html).getPropertyValue(name).trim();
const allCss = () => [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
const reachAttributes = () => html.getAttributeNames().filter((name) => name.startsWith('data-reach-')).sort();
/** The site handles every aid: only the hooks are Reachable's, and no engine's side effects get in the way. */
const everyAidHonoured = Object.fromEntries(REGISTRY.map((aid) => [aid.id, true])) as Honours;

/** Every value worth trying of a preference: each choice, a flag on, a range's ends and a step in between. */
function valuesOf(key: PreferenceKey): unknown[] {
  const field = SCHEMA[key];
  if (field.kind === 'choice') return field.values.filter((value) => value !== field.default);
  if (field.kind === 'flag') return [true];
  if (field.kind === 'range') return [...new Set([field.min, field.min + field.step, field.max])].filter((value) => value !== field.default);
  return [];
}

describe('the hooks on the root element', () => {
  it('name the examples the docs give', () => {
    fixture('', '<p>捐赠 Donate</p>');
    controller = createReachable({ storage: memoryStorage(), honours: everyAidHonoured });
    controller.preferences.set({ colorScheme: 'yellow-on-black', textSpacing: true, fontScale: 1.5, captionBar: true, captionBarPosition: 'top' });
    expect(html.getAttribute('data-reach-color-scheme')).toBe('yellow-on-black');
    expect([property('--reach-fg'), property('--reach-bg'), property('--reach-link'), property('--reach-focus')]).toEqual(['#ff0', '#000', '#0ff', '#0ff']);
    expect(html.getAttribute('data-reach-text-spacing')).toBe('');
    expect(html.getAttribute('data-reach-font-scale')).toBe('1.5');
    expect(property('--reach-font-scale')).toBe('1.5');
    // While the caption bar is on, each of its settings, defaults too: a site pads its own fixed footer for a bottom bar.
    expect(html.getAttribute('data-reach-caption-bar')).toBe('');
    expect(html.getAttribute('data-reach-caption-bar-position')).toBe('top');
    expect(html.getAttribute('data-reach-caption-bar-text')).toBe('original');
    // A setting of an aid that is off says nothing.
    controller.preferences.set({ captionBar: false });
    expect(reachAttributes()).toEqual(['data-reach-color-scheme', 'data-reach-font-scale', 'data-reach-text-spacing']);
  });

  it.each(REGISTRY.map((aid) => [aid.id, aid as AidDefinition] as const))('%s: present and correct for each value while on, gone when off', (_, aid) => {
    fixture('', '<p>捐赠 Donate</p>');
    const sheets = document.adoptedStyleSheets.length;
    controller = createReachable({ storage: memoryStorage(), honours: everyAidHonoured });
    const [main, ...settings] = aid.keys;
    const on = valuesOf(main!);
    const tried: string[] = [];
    for (const value of on) {
      controller.preferences.set({ [main!]: value } as PreferenceChanges);
      const preferences = controller.preferences.get();
      for (const key of aid.keys) {
        const current = preferences[key];
        if (typeof current === 'object') expect(html.hasAttribute(hookAttribute(key)), key).toBe(false);
        else expect(html.getAttribute(hookAttribute(key)), `${key} = ${String(current)}`).toBe(current === true ? '' : String(current));
      }
      for (const hook of aid.properties ?? []) {
        const expected = hook.byEngine ? '' : (hook.value as (v: unknown) => string)(preferences[hook.key]);
        expect(property(hook.name), `${hook.name} for ${String(preferences[hook.key])}`).toBe(expected);
      }
      tried.push(String(value));
    }
    // Each setting's values follow too, while the aid is on.
    for (const key of settings) {
      for (const value of valuesOf(key)) {
        controller.preferences.set({ [key]: value } as PreferenceChanges);
        expect(html.getAttribute(hookAttribute(key)), `${key} = ${String(value)}`).toBe(String(value));
      }
    }
    if (aid.keys.every((key) => typeof DEFAULT_PREFERENCES[key] !== 'object')) expect(tried.length, 'values tried').toBeGreaterThan(0);
    controller.preferences.reset();
    expect(reachAttributes()).toEqual([]);
    for (const hook of aid.properties ?? []) expect(property(hook.name), hook.name).toBe('');
    expect(document.adoptedStyleSheets.length).toBe(sheets);
  });

  it("are set by the engines' own hand where the engine provides them (page zoom's --reach-unzoom), and leave with destroy()", () => {
    fixture('', '<p>捐赠 Donate</p>');
    const before = html.outerHTML;
    const sheets = document.adoptedStyleSheets.length;
    controller = createReachable({ storage: memoryStorage(), features: ['pageZoom', 'colorScheme'] });
    controller.preferences.set({ pageZoom: 2, colorScheme: 'white-on-blue' });
    expect([html.getAttribute('data-reach-page-zoom'), property('--reach-page-zoom'), property('--reach-unzoom')]).toEqual(['2', '2', '0.5']);
    expect(property('--reach-bg')).toBe('#002b80');
    controller.destroy();
    controller = undefined;
    expect(html.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    expect(property('--reach-bg')).toBe('');
  });
});

describe('an aid the site honours', () => {
  /** A site with its own dark mode, switched by a class. */
  const site = () =>
    fixture(
      '.dark body { background: rgb(20, 20, 20); color: rgb(230, 230, 230); } p { color: rgb(10, 10, 10); }',
      '<p>捐赠 Donate</p>',
    );

  it("gets the visitor's choice through its handler, and Reachable applies nothing of its own", () => {
    const root = site();
    const p = root.querySelector('p')!;
    const seen: Preferences['colorScheme'][] = [];
    const colorScheme = (scheme: Preferences['colorScheme']) => {
      seen.push(scheme);
      html.classList.toggle('dark', scheme !== 'default');
    };
    const sheets = document.adoptedStyleSheets.length;
    controller = createReachable({ storage: memoryStorage(), honours: { colorScheme } });
    expect(seen).toEqual(['default']);
    controller.preferences.set({ colorScheme: 'yellow-on-black' });
    expect(seen).toEqual(['default', 'yellow-on-black']);
    // The page's own colours, not the scheme's yellow on black.
    expect(getComputedStyle(p).color).toBe('rgb(10, 10, 10)');
    // Only the hooks' sheet was added: no scheme CSS.
    expect(document.adoptedStyleSheets.length).toBe(sheets + 1);
    expect(allCss()).not.toContain('@layer reach-color-scheme');
    // The choice is still stored and the hooks still say it, for the site's CSS.
    expect(controller.preferences.get().colorScheme).toBe('yellow-on-black');
    expect(html.getAttribute('data-reach-color-scheme')).toBe('yellow-on-black');
    // Destroyed: the site is handed the off value to undo its own.
    controller.destroy();
    controller = undefined;
    expect(seen.at(-1)).toBe('default');
    expect(html.classList.contains('dark')).toBe(false);
  });

  it('keeps the other aids and the page working when its handler throws', () => {
    site();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    controller = createReachable({
      storage: memoryStorage(),
      honours: {
        textSpacing: (on) => {
          if (on) throw new Error('site bug');
        },
      },
    });
    expect(() => controller!.preferences.set({ textSpacing: true, fontScale: 1.5 })).not.toThrow();
    expect(error).toHaveBeenCalledOnce();
    expect(html.getAttribute('data-reach-font-scale')).toBe('1.5');
  });

  it('warns once for an unknown aid or a handler that is not one, and applies that aid itself', () => {
    const root = site();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    controller = createReachable({ storage: memoryStorage(), honours: { colourScheme: true, colorScheme: 'mine' } as never });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]![0])).toContain('R022');
    controller.preferences.set({ colorScheme: 'yellow-on-black' });
    expect(getComputedStyle(root.querySelector('p')!).color).toBe('rgb(255, 255, 0)');
    // What the honoured aid's test looks for is there when Reachable applies the scheme.
    expect(allCss()).toContain('@layer reach-color-scheme');
  });
});
