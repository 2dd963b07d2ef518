// The preset's logic, on the preference store the controller gives it (the toolbar's tests run it in a browser, with the engines).
import { afterEach, expect, it, vi } from 'vitest';
import type { ReachChangeEvent } from '../preferences/change-event.js';
import { DEFAULT_PREFERENCES, type PreferenceKey } from '../preferences/schema.js';
import { memoryStorage, type PreferenceStorage } from '../preferences/storage.js';
import { createPreferenceStore, type PreferenceStore } from '../preferences/store.js';
import { PRESET_DEFINITIONS, presetChanges } from './presets.js';

let store: PreferenceStore | undefined;
afterEach(() => {
  store?.destroy();
  vi.restoreAllMocks();
});

/** A store as the controller makes it: the preset's changes made whole. */
const storeWith = (storage: PreferenceStorage = memoryStorage(), keys?: readonly PreferenceKey[]) =>
  (store = createPreferenceStore({ storage, keys, expand: presetChanges }));

const CARE = PRESET_DEFINITIONS.care.values;

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
