import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReachChangeEvent } from './change-event.js';
import { COLOR_SCHEMES, DEFAULT_PREFERENCES, PREFERENCE_KEYS, SCHEMA, type Preferences } from './schema.js';
import { memoryStorage, safeLocalStorage, type PreferenceStorage } from './storage.js';
import { createPreferenceStore, migrate, type PreferenceStoreOptions } from './store.js';

/** A window with controllable media queries and a storage event channel. */
function fakeWindow(matching: string[] = []) {
  const target = new EventTarget();
  const lists = new Map<string, EventTarget & { matches: boolean; media: string }>();
  const win = Object.assign(target, {
    matchMedia(query: string) {
      let list = lists.get(query);
      if (!list) lists.set(query, (list = Object.assign(new EventTarget(), { matches: matching.includes(query), media: query })));
      return list;
    },
  });
  return {
    win: win as unknown as Window,
    /** Flips an OS setting, as the user would in system settings. */
    setMedia(query: string, matches: boolean) {
      const list = win.matchMedia(query);
      list.matches = matches;
      list.dispatchEvent(new Event('change'));
    },
    /** Another tab wrote `value` under `key`. */
    storageEvent(key: string | null) {
      target.dispatchEvent(Object.assign(new Event('storage'), { key }));
    },
  };
}

const REDUCE = '(prefers-reduced-motion: reduce)';
let store: ReturnType<typeof createPreferenceStore> | undefined;
const create = (options: PreferenceStoreOptions = {}) =>
  (store = createPreferenceStore({ window: fakeWindow().win, storage: memoryStorage(), ...options }));

afterEach(() => {
  store?.destroy();
  vi.restoreAllMocks();
});

const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

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

  it('holds every contract key of DESIGN §3', () => {
    expect(PREFERENCE_KEYS.sort()).toEqual(
      [
        'fontScale', 'pageZoom', 'textSpacing', 'colorScheme', 'colorFilter', 'cursor', 'readingGuide',
        'highlightLinks', 'highlightFocus', 'reduceMotion', 'readingMode', 'captionBar', 'speech',
        'speechRate', 'captionStyle',
      ].sort(),
    );
  });

  it.each(COLOR_SCHEMES)('accepts the colour scheme %s', (scheme) => {
    create().set({ colorScheme: scheme });
    expect(store!.get().colorScheme).toBe(scheme);
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
    expect(store!.get()[key]).toEqual(DEFAULT_PREFERENCES[key]);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Reachable R012\]/);
    expect(warn.mock.calls[0]?.[0]).toContain(SCHEMA[key].accepts);
  });

  it('rounds numbers so repeated steps never drift', () => {
    create().set({ fontScale: 1.1 + 0.2 });
    expect(store!.get().fontScale).toBe(1.3);
  });

  it('merges a partial captionStyle into the current one', () => {
    create().set({ captionStyle: { size: 200 } as never });
    store!.set({ captionStyle: { color: '#FFFF00' } as never });
    expect(store!.get().captionStyle).toMatchObject({ size: 200, color: '#ffff00', background: '#000000' });
  });
});

describe('set, subscribe, reset', () => {
  it('notifies subscribers and dispatches reach-change with the changed keys', () => {
    create();
    const listener = vi.fn();
    const events: ReachChangeEvent[] = [];
    store!.subscribe(listener);
    store!.addEventListener('reach-change', (event) => events.push(event as ReachChangeEvent));
    store!.set({ fontScale: 1.5, textSpacing: true });
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ fontScale: 1.5, textSpacing: true }), ['fontScale', 'textSpacing']);
    expect(events[0]).toBeInstanceOf(ReachChangeEvent);
    expect(events[0]?.changed).toEqual(['fontScale', 'textSpacing']);
  });

  it('does not notify when nothing changed, and unsubscribe stops notifications', () => {
    create();
    const listener = vi.fn();
    const unsubscribe = store!.subscribe(listener);
    store!.set({ fontScale: 1 });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
    store!.set({ fontScale: 2 });
    expect(listener).not.toHaveBeenCalled();
  });

  it('gives frozen snapshots', () => {
    const prefs = create().get();
    expect(Object.isFrozen(prefs)).toBe(true);
    store!.set({ fontScale: 2 });
    expect(prefs.fontScale).toBe(1);
  });

  it('ignores unknown keys and non-objects with a warning, keeping the valid entries', () => {
    const warn = quiet();
    create().set({ fontScale: 2, fontSize: 3 } as never);
    expect(store!.get().fontScale).toBe(2);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Reachable R011\] Unknown preference "fontSize"/);
    store!.set(null as never);
    store!.set('big' as never);
    expect(warn.mock.calls.slice(1).every(([message]) => /^\[Reachable R010\]/.test(message))).toBe(true);
  });

  it('refuses keys of aids that are not enabled', () => {
    const warn = quiet();
    create({ keys: ['fontScale'] }).set({ pageZoom: 2 });
    expect(store!.get().pageZoom).toBe(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Reachable R014\]/);
  });

  it('keeps notifying other listeners when one throws', async () => {
    create();
    const after = vi.fn();
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    store!.subscribe(() => {
      throw new Error('broken listener');
    });
    store!.subscribe(after);
    expect(() => store!.set({ fontScale: 2 })).not.toThrow();
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
    store!.reset();
    expect(store!.get()).toEqual(DEFAULT_PREFERENCES);
    expect(storage.getItem('reachable')).toBeNull();
  });

  it('applies validated site defaults under the user choices', () => {
    const warn = quiet();
    create({ defaults: { fontScale: 1.25, pageZoom: 99 } });
    expect(store!.get().fontScale).toBe(1.25);
    expect(store!.get().pageZoom).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
    store!.set({ fontScale: 2 });
    store!.reset();
    expect(store!.get().fontScale).toBe(1.25);
  });
});

describe('persistence', () => {
  it('stores only the user choices, under one key, with the schema version', () => {
    const storage = memoryStorage();
    create({ storage, storageKey: 'my-site' }).set({ fontScale: 1.5 });
    expect(JSON.parse(storage.getItem('my-site')!)).toEqual({ version: 1, preferences: { fontScale: 1.5 } });
    store!.destroy();
    expect(create({ storage, storageKey: 'my-site' }).get().fontScale).toBe(1.5);
  });

  it('replaces a corrupt stored value by the defaults without throwing', () => {
    const warn = quiet();
    for (const corrupt of ['{not json', '42', 'null', '{"version":1,"preferences":"x"}', '{"version":1,"preferences":{"fontScale":"huge","textSpacing":true}}']) {
      const storage = memoryStorage();
      storage.setItem('reachable', corrupt);
      const prefs = create({ storage }).get();
      expect(prefs.fontScale).toBe(1);
      store!.destroy();
    }
    expect(warn.mock.calls.every(([message]) => /^\[Reachable R013\]/.test(message))).toBe(true);
    const storage = memoryStorage();
    storage.setItem('reachable', '{"version":1,"preferences":{"fontScale":"huge","textSpacing":true}}');
    expect(create({ storage }).get().textSpacing).toBe(true);
  });

  it('keeps working in memory when storage throws on every call', () => {
    const throwing: PreferenceStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const win = { get localStorage(): Storage {
      return throwing as Storage;
    } } as Window;
    const storage = safeLocalStorage(win);
    create({ storage }).set({ fontScale: 2 });
    expect(store!.get().fontScale).toBe(2);
    expect(storage.getItem('reachable')).toContain('"fontScale":2');
    expect(() => store!.reset()).not.toThrow();
  });

  it('keeps working when merely reading window.localStorage throws (sandboxed iframe)', () => {
    const win = {
      get localStorage(): Storage {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    } as Window;
    const storage = safeLocalStorage(win);
    create({ storage }).set({ textSpacing: true });
    expect(store!.get().textSpacing).toBe(true);
  });

  it('keeps the choice for this visit when the quota is full', () => {
    const backing = new Map<string, string>();
    const full = {
      getItem: (key: string) => backing.get(key) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (key: string) => void backing.delete(key),
    };
    const storage = safeLocalStorage({ localStorage: full } as unknown as Window);
    create({ storage }).set({ fontScale: 1.5 });
    store!.destroy();
    expect(create({ storage }).get().fontScale).toBe(1.5);
  });

  it('applies a change made in another tab', () => {
    const { win, storageEvent } = fakeWindow();
    const storage = memoryStorage();
    create({ storage, window: win });
    const listener = vi.fn();
    store!.subscribe(listener);
    storage.setItem('reachable', JSON.stringify({ version: 1, preferences: { colorScheme: 'black-on-yellow' } }));
    storageEvent('other-key');
    expect(listener).not.toHaveBeenCalled();
    storageEvent('reachable');
    expect(store!.get().colorScheme).toBe('black-on-yellow');
    expect(listener).toHaveBeenCalledWith(expect.anything(), ['colorScheme']);
    storage.removeItem('reachable');
    storageEvent(null);
    expect(store!.get().colorScheme).toBe('default');
  });

  it('stops listening to other tabs after destroy()', () => {
    const { win, storageEvent } = fakeWindow();
    const storage = memoryStorage();
    create({ storage, window: win }).destroy();
    storage.setItem('reachable', JSON.stringify({ version: 1, preferences: { fontScale: 2 } }));
    storageEvent('reachable');
    expect(store!.get().fontScale).toBe(1);
  });
});

describe('migration', () => {
  it('upgrades older stored data step by step', () => {
    const migrations = {
      0: (old: Record<string, unknown>) => ({ version: 1, preferences: { fontScale: (old.fontSize as number) / 100 } }),
    };
    expect(migrate({ fontSize: 150 }, 1, migrations)).toEqual({ fontScale: 1.5 });
    const storage = memoryStorage();
    storage.setItem('reachable', JSON.stringify({ fontSize: 150 }));
    expect(create({ storage, migrations }).get().fontScale).toBe(1.5);
  });

  it('gives up on data it has no migration for', () => {
    expect(migrate({ version: 0, fontSize: 150 }, 1, {})).toBeUndefined();
  });

  it('keeps the valid keys of data written by a newer version', () => {
    const storage = memoryStorage();
    storage.setItem('reachable', JSON.stringify({ version: 7, preferences: { fontScale: 2, futureAid: true } }));
    expect(create({ storage }).get().fontScale).toBe(2);
  });
});

describe('OS signals', () => {
  it('seeds reduceMotion from prefers-reduced-motion', () => {
    expect(create({ window: fakeWindow([REDUCE]).win }).get().reduceMotion).toBe(true);
  });

  it('never overrides an explicit choice, now or when the OS setting changes', () => {
    const os = fakeWindow([REDUCE]);
    create({ window: os.win }).set({ reduceMotion: false });
    expect(store!.get().reduceMotion).toBe(false);
    os.setMedia(REDUCE, false);
    os.setMedia(REDUCE, true);
    expect(store!.get().reduceMotion).toBe(false);
  });

  it('follows the OS setting live while the user has not chosen', () => {
    const os = fakeWindow();
    create({ window: os.win });
    const listener = vi.fn();
    store!.subscribe(listener);
    os.setMedia(REDUCE, true);
    expect(store!.get().reduceMotion).toBe(true);
    expect(listener).toHaveBeenCalledWith(expect.anything(), ['reduceMotion']);
  });

  it('is not stored: reset() returns to what the OS says', () => {
    const storage = memoryStorage();
    create({ storage, window: fakeWindow([REDUCE]).win });
    expect(storage.getItem('reachable')).toBeNull();
    store!.set({ reduceMotion: false });
    store!.reset();
    expect(store!.get().reduceMotion).toBe(true);
  });
});

describe('stores sharing one storage key', () => {
  it("keep each other's keys: a captions element's store never wipes the toolbar's choices", () => {
    const storage = memoryStorage();
    const toolbar = createPreferenceStore({ storage, window: fakeWindow().win });
    const captions = createPreferenceStore({ storage, keys: ['captionStyle'], window: fakeWindow().win });
    toolbar.set({ fontScale: 2 });
    captions.set({ captionStyle: { size: 200 } as never });
    expect(JSON.parse(storage.getItem('reachable')!).preferences).toEqual({ fontScale: 2, captionStyle: expect.objectContaining({ size: 200 }) });
    captions.reset();
    expect(JSON.parse(storage.getItem('reachable')!).preferences).toEqual({ fontScale: 2 });
    toolbar.destroy();
    captions.destroy();
  });
});

it('a change by one store reaches the others on the same page at once', () => {
  const storage = memoryStorage();
  const { win } = fakeWindow();
  const toolbar = createPreferenceStore({ storage, window: win });
  const captions = createPreferenceStore({ storage, keys: ['captionStyle'], window: win });
  const heard = vi.fn();
  toolbar.subscribe(heard);
  captions.set({ captionStyle: { size: 150 } as never });
  expect(toolbar.get().captionStyle.size).toBe(150);
  expect(heard).toHaveBeenCalledWith(expect.anything(), ['captionStyle']);
  toolbar.destroy();
  captions.destroy();
});
