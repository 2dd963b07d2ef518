import { describe, expect, it, vi } from 'vitest';
import { fakeWindow, REDUCE, useStores } from '../../../../test/stores.js';
import { ReachChangeEvent } from './change-event.js';
import { COLOR_SCHEMES, DEFAULT_PREFERENCES, PREFERENCE_KEYS, rangeSteps, SCHEMA, type Preferences } from './schema.js';
import { memoryStorage } from './storage.js';
import { createPreferenceStore } from './store.js';

const stores = useStores();
const { create, quiet } = stores;

describe('schema', () => {
  it('starts with every aid off', () => {
    expect(create().get()).toEqual(DEFAULT_PREFERENCES);
    expect(DEFAULT_PREFERENCES).toMatchObject({
      fontScale: 1,
      pageZoom: 1,
      textSpacing: false,
      colorScheme: 'default',
      colorFilter: 'none',
      cursor: 'default',
      readingGuide: 'off',
      speech: 'off',
      speechRate: 1,
    });
  });

  it('holds every preference key of the public contract (docs/preferences.md)', () => {
    expect(PREFERENCE_KEYS.sort()).toEqual(
      [
        'fontScale', 'pageZoom', 'textSpacing', 'colorScheme', 'colorFilter', 'cursor', 'readingGuide',
        'highlightLinks', 'highlightFocus', 'reduceMotion', 'readingMode', 'captionBar', 'captionBarText',
        'captionBarSize', 'captionBarPosition', 'speech', 'speechRate', 'captionStyle', 'preset', 'presetRestore',
      ].sort(),
    );
  });

  it.each(COLOR_SCHEMES)('accepts the colour scheme %s', (scheme) => {
    create().set({ colorScheme: scheme });
    expect(stores.last!.get().colorScheme).toBe(scheme);
  });

  it.each([
    ['fontScale', 0.5],
    ['fontScale', 3.5],
    ['fontScale', '2'],
    ['fontScale', Number.NaN],
    ['textSpacing', 'yes'],
    ['colorScheme', 'neon'],
    ['speechRate', 9],
    ['captionStyle', { size: 1000 }],
    ['captionStyle', { color: 'red' }],
    ['captionStyle', { nonsense: 1 }],
  ] as const)('rejects %s = %j with a warning naming what is accepted', (key, value) => {
    const warn = quiet();
    create().set({ [key]: value } as Partial<Preferences>);
    expect(stores.last!.get()[key]).toEqual(DEFAULT_PREFERENCES[key]);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Reachable R012\]/);
    expect(warn.mock.calls[0]?.[0]).toContain(SCHEMA[key].accepts);
  });

  it('rounds numbers so repeated steps never drift', () => {
    create().set({ fontScale: 1.1 + 0.2 });
    expect(stores.last!.get().fontScale).toBe(1.3);
  });

  it("gives a range's every step, each a value the store keeps as it is", () => {
    expect(rangeSteps(SCHEMA.speechRate as { min: number; max: number; step: number })).toEqual([0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]);
    const steps = rangeSteps({ min: 1, max: 2, step: 0.1 });
    expect(steps).toHaveLength(11);
    expect(steps.every((value) => SCHEMA.fontScale.parse(value) === value)).toBe(true);
    expect(steps.at(-1)).toBe(2);
  });

  it('merges a partial captionStyle into the current one', () => {
    create().set({ captionStyle: { size: 200 } as never });
    stores.last!.set({ captionStyle: { color: '#FFFF00' } as never });
    expect(stores.last!.get().captionStyle).toMatchObject({ size: 200, color: '#ffff00', background: '#000000' });
  });
});

describe('set, subscribe, reset', () => {
  it('notifies subscribers and dispatches reach-change with the changed keys', () => {
    create();
    const listener = vi.fn();
    const events: ReachChangeEvent[] = [];
    stores.last!.subscribe(listener);
    stores.last!.addEventListener('reach-change', (event) => events.push(event as ReachChangeEvent));
    stores.last!.set({ fontScale: 1.5, textSpacing: true });
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ fontScale: 1.5, textSpacing: true }), ['fontScale', 'textSpacing']);
    expect(events[0]).toBeInstanceOf(ReachChangeEvent);
    expect(events[0]?.changed).toEqual(['fontScale', 'textSpacing']);
  });

  it('does not notify when nothing changed, and unsubscribe stops notifications', () => {
    create();
    const listener = vi.fn();
    const unsubscribe = stores.last!.subscribe(listener);
    stores.last!.set({ fontScale: 1 });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
    stores.last!.set({ fontScale: 2 });
    expect(listener).not.toHaveBeenCalled();
  });

  it('gives frozen snapshots', () => {
    const prefs = create().get();
    expect(Object.isFrozen(prefs)).toBe(true);
    stores.last!.set({ fontScale: 2 });
    expect(prefs.fontScale).toBe(1);
  });

  it('ignores unknown keys and non-objects with a warning, keeping the valid entries', () => {
    const warn = quiet();
    create().set({ fontScale: 2, fontSize: 3 } as never);
    expect(stores.last!.get().fontScale).toBe(2);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Reachable R011\] Unknown preference "fontSize"/);
    stores.last!.set(null as never);
    stores.last!.set('big' as never);
    expect(warn.mock.calls.map(([message]) => String(message).slice(0, 16))).toEqual(['[Reachable R011]', '[Reachable R010]', '[Reachable R010]']);
  });

  it('refuses keys of aids that are not enabled', () => {
    const warn = quiet();
    create({ keys: ['fontScale'] }).set({ pageZoom: 2 });
    expect(stores.last!.get().pageZoom).toBe(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Reachable R014\]/);
  });

  it('keeps notifying other listeners when one throws', async () => {
    create();
    const after = vi.fn();
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    stores.last!.subscribe(() => {
      throw new Error('broken listener');
    });
    stores.last!.subscribe(after);
    expect(() => stores.last!.set({ fontScale: 2 })).not.toThrow();
    expect(after).toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve));
    process.off('uncaughtException', onError);
    expect(errors).toHaveLength(1);
  });

  it('reset(keys) forgets only those choices', () => {
    const storage = memoryStorage();
    const store = createPreferenceStore({ storage });
    store.set({ fontScale: 2, textSpacing: true });
    store.reset(['fontScale']);
    expect(store.get()).toMatchObject({ fontScale: 1, textSpacing: true });
    expect(JSON.parse(storage.getItem('reachable')!).preferences).toEqual({ textSpacing: true });
  });

  it('reset() forgets every choice and clears storage', () => {
    const storage = memoryStorage();
    create({ storage }).set({ fontScale: 2, colorScheme: 'yellow-on-black' });
    stores.last!.reset();
    expect(stores.last!.get()).toEqual(DEFAULT_PREFERENCES);
    expect(storage.getItem('reachable')).toBeNull();
  });

  it('applies validated site defaults under the user choices', () => {
    const warn = quiet();
    create({ defaults: { fontScale: 1.25, pageZoom: 99 } });
    expect(stores.last!.get().fontScale).toBe(1.25);
    expect(stores.last!.get().pageZoom).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
    stores.last!.set({ fontScale: 2 });
    stores.last!.reset();
    expect(stores.last!.get().fontScale).toBe(1.25);
  });
});

describe('OS signals', () => {
  it('seeds reduceMotion from prefers-reduced-motion', () => {
    expect(create({ window: fakeWindow([REDUCE]).win }).get().reduceMotion).toBe(true);
  });

  it('never overrides an explicit choice, now or when the OS setting changes', () => {
    const os = fakeWindow([REDUCE]);
    create({ window: os.win }).set({ reduceMotion: false });
    expect(stores.last!.get().reduceMotion).toBe(false);
    os.setMedia(REDUCE, false);
    os.setMedia(REDUCE, true);
    expect(stores.last!.get().reduceMotion).toBe(false);
  });

  it('follows the OS setting live while the user has not chosen', () => {
    const os = fakeWindow();
    create({ window: os.win });
    const listener = vi.fn();
    stores.last!.subscribe(listener);
    os.setMedia(REDUCE, true);
    expect(stores.last!.get().reduceMotion).toBe(true);
    expect(listener).toHaveBeenCalledWith(expect.anything(), ['reduceMotion']);
  });

  it('is not stored: reset() returns to what the OS says', () => {
    const storage = memoryStorage();
    create({ storage, window: fakeWindow([REDUCE]).win });
    expect(storage.getItem('reachable')).toBeNull();
    stores.last!.set({ reduceMotion: false });
    stores.last!.reset();
    expect(stores.last!.get().reduceMotion).toBe(true);
  });
});

