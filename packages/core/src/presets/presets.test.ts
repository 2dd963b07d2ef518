// The preset's logic, on the preference store the controller gives it (the toolbar's tests run it in a browser, with the engines).
import '../../../../test/jsdom-sheets.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReachChangeEvent } from '../preferences/change-event.js';
import { DEFAULT_PREFERENCES, type PreferenceKey } from '../preferences/schema.js';
import { memoryStorage, type PreferenceStorage } from '../preferences/storage.js';
import { createPreferenceStore, type PreferenceStore } from '../preferences/store.js';
import { createReachable } from '../controller/controller.js';
import { PRESET_DEFINITIONS, isValidPreset, presetChanges } from './presets.js';

let store: PreferenceStore | undefined;
afterEach(() => {
  store?.destroy();
  vi.restoreAllMocks();
});

/** A store as the controller makes it: the preset's changes made whole. */
const storeWith = (storage: PreferenceStorage = memoryStorage(), keys?: readonly PreferenceKey[]) =>
  (store = createPreferenceStore({ storage, keys, expand: presetChanges }));

const CARE = PRESET_DEFINITIONS.care!.values;

it('关怀模式 turns its aids on in one change, and off gives back exactly what the visitor had', () => {
  const preferences = storeWith();
  preferences.set({ fontScale: 1.25, colorScheme: 'yellow-on-black' });
  const events: ReachChangeEvent[] = [];
  preferences.addEventListener('reach-change', (event) => events.push(event as ReachChangeEvent));

  preferences.set({ preset: 'care' });
  expect(preferences.get()).toMatchObject({ preset: 'care', fontScale: 1.5, cursor: 'large-black', highlightFocus: true, captionBar: true, colorScheme: 'yellow-on-black' });
  expect(preferences.get().presetRestore).toEqual({ fontScale: 1.25, cursor: 'default', highlightFocus: false, captionBar: false });
  // One event, naming everything that changed.
  expect(events).toHaveLength(1);
  expect([...events[0]!.changed].sort()).toEqual(['captionBar', 'cursor', 'fontScale', 'highlightFocus', 'preset', 'presetRestore']);

  // Every aid stays adjustable; the preset stays on.
  preferences.set({ fontScale: 2, captionBar: false, textSpacing: true });
  expect(preferences.get()).toMatchObject({ preset: 'care', fontScale: 2, captionBar: false });

  preferences.set({ preset: 'none' });
  // The aids the preset set are back as the visitor had them; what they changed elsewhere stays.
  expect(preferences.get()).toEqual({ ...DEFAULT_PREFERENCES, fontScale: 1.25, colorScheme: 'yellow-on-black', textSpacing: true });
});

it('remembers what it replaced across pages, so turning it off on the next page still gives it back', () => {
  const storage = memoryStorage();
  storeWith(storage).set({ cursor: 'large-white' });
  store!.set({ preset: 'care' });
  store!.destroy();
  // The next page: the stored choices apply as they are (the preset is not applied a second time).
  const next = storeWith(storage);
  expect(next.get()).toMatchObject({ preset: 'care', ...CARE, presetRestore: { cursor: 'large-white', fontScale: 1, highlightFocus: false, captionBar: false } });
  next.set({ preset: 'none' });
  expect(next.get()).toEqual({ ...DEFAULT_PREFERENCES, cursor: 'large-white' });
});

it('keeps an aid the visitor changes in the same call, and sets only the aids a site offers', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const preferences = storeWith(memoryStorage(), ['preset', 'presetRestore', 'fontScale', 'highlightFocus']);
  preferences.set({ preset: 'care', fontScale: 1.75 });
  expect(preferences.get()).toMatchObject({ preset: 'care', fontScale: 1.75, highlightFocus: true, cursor: 'default', captionBar: false });
  // Reachable's own doing draws no warning about aids that are not offered.
  expect(warn).not.toHaveBeenCalled();
  preferences.set({ preset: 'none' });
  expect(preferences.get()).toEqual(DEFAULT_PREFERENCES);
});

it('reset turns it off with everything, and a stale saving is never given back', () => {
  const preferences = storeWith();
  preferences.set({ fontScale: 1.25 });
  preferences.set({ preset: 'care' });
  preferences.reset();
  expect(preferences.get()).toEqual(DEFAULT_PREFERENCES);
  // Only the preset forgotten: its saving is left behind, and must not come back on the next change of preset.
  preferences.set({ preset: 'care' });
  preferences.set({ fontScale: 2 });
  preferences.reset(['preset']);
  preferences.set({ preset: 'care' });
  expect(preferences.get().presetRestore).toEqual({ fontScale: 2, cursor: 'large-black', highlightFocus: true, captionBar: true });
});

it('refuses a preset that does not exist, and a saving that is not valid, with a warning and no change', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const preferences = storeWith();
  preferences.set({ preset: 'elderly' as never });
  preferences.set({ presetRestore: { fontScale: 9 } });
  expect(preferences.get()).toEqual(DEFAULT_PREFERENCES);
  expect(warn).toHaveBeenCalledTimes(2);
});

describe("a site's own presets", () => {
  const CALM = { name: { 'zh-CN': '安静阅读', en: 'Calm reading' }, values: { reduceMotion: true, readingGuide: 'line', fontScale: 1.25 } } as const;
  /** A store as the controller makes it for a site that adds `calm`. */
  const storeWithCalm = () =>
    (store = createPreferenceStore({ storage: memoryStorage(), expand: (changes, preferences) => presetChanges(changes, preferences, { presets: { ...PRESET_DEFINITIONS, calm: CALM } }) }));

  it('switches from one preset to another: the first gives back what it replaced, the second saves and sets its own', () => {
    const preferences = storeWithCalm();
    preferences.set({ fontScale: 1.75, cursor: 'large-white' });
    preferences.set({ preset: 'care' });
    preferences.set({ preset: 'calm' });
    // care's aids are the visitor's again, then calm's are set.
    expect(preferences.get()).toMatchObject({ preset: 'calm', fontScale: 1.25, cursor: 'large-white', highlightFocus: false, captionBar: false, reduceMotion: true, readingGuide: 'line' });
    expect(preferences.get().presetRestore).toEqual({ reduceMotion: false, readingGuide: 'off', fontScale: 1.75 });
    preferences.set({ preset: 'none' });
    expect(preferences.get()).toEqual({ ...DEFAULT_PREFERENCES, fontScale: 1.75, cursor: 'large-white' });
  });

  it('are offered by the controller after the built-in ones; one that is not valid is left out, said in every build', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const controller = createReachable({ storage: memoryStorage(), features: ['preset', 'reduceMotion', 'readingGuide', 'fontScale'], presets: { calm: CALM, Loud: { values: { fontScale: 3 } } } });
    try {
      expect(Object.keys(controller.presets)).toEqual(['care', 'calm']);
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]![0])).toContain('R114');
      controller.preferences.set({ preset: 'calm' });
      expect(controller.preferences.get()).toMatchObject({ preset: 'calm', reduceMotion: true, readingGuide: 'line', fontScale: 1.25 });
    } finally {
      controller.destroy();
    }
  });

  it('are checked: an id, values the schema accepts, names that are text', () => {
    expect(isValidPreset('calm', CALM)).toBe(true);
    expect(isValidPreset('big-text', { values: { fontScale: 2 } })).toBe(true);
    expect(isValidPreset('care', { values: { fontScale: 1.25 } }), 'a site may redefine care').toBe(true);
    for (const [id, definition] of [
      ['none', { values: { fontScale: 2 } }],
      ['Calm', CALM],
      ['calm reading', CALM],
      ['calm', { values: {} }],
      ['calm', { values: { fontScale: 9 } }],
      ['calm', { values: { preset: 'care' } }],
      ['calm', { name: 'Calm', values: { fontScale: 2 } }],
      ['calm', { name: { en: '' }, values: { fontScale: 2 } }],
      ['calm', { values: { fontScale: 2 }, largeTargets: 'yes' }],
      ['calm', null],
    ] as const) {
      expect(isValidPreset(id, definition), `${id}: ${JSON.stringify(definition)}`).toBe(false);
    }
  });
});
