import { describe, expect, it, vi } from 'vitest';
import { fakeWindow, useStores } from '../../../../test/stores.js';
import { memoryStorage, safeLocalStorage, type PreferenceStorage } from './storage.js';
import { createPreferenceStore, migrate } from './store.js';

const stores = useStores();
const { create, quiet } = stores;

describe('persistence', () => {
  it('stores only the user choices, under one key, with the schema version', () => {
    const storage = memoryStorage();
    create({ storage, storageKey: 'my-site' }).set({ fontScale: 1.5 });
    expect(JSON.parse(storage.getItem('my-site')!)).toEqual({ version: 1, preferences: { fontScale: 1.5 } });
    stores.last!.destroy();
    expect(create({ storage, storageKey: 'my-site' }).get().fontScale).toBe(1.5);
  });

  it('replaces a corrupt stored value by the defaults without throwing', () => {
    const warn = quiet();
    for (const corrupt of ['{not json', '42', 'null', '{"version":1,"preferences":"x"}', '{"version":1,"preferences":{"fontScale":"huge","textSpacing":true}}']) {
      const storage = memoryStorage();
      storage.setItem('reachable', corrupt);
      const prefs = create({ storage }).get();
      expect(prefs.fontScale).toBe(1);
      stores.last!.destroy();
    }
    // Each of the first four is not Reachable's format; the last is, with one invalid value, which is dropped silently.
    expect(warn.mock.calls.map(([message]) => String(message).slice(0, 16))).toEqual(Array(4).fill('[Reachable R013]'));
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
    expect(stores.last!.get().fontScale).toBe(2);
    expect(storage.getItem('reachable')).toContain('"fontScale":2');
    expect(() => stores.last!.reset()).not.toThrow();
  });

  it('keeps working when merely reading window.localStorage throws (sandboxed iframe)', () => {
    const win = {
      get localStorage(): Storage {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    } as Window;
    const storage = safeLocalStorage(win);
    create({ storage }).set({ textSpacing: true });
    expect(stores.last!.get().textSpacing).toBe(true);
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
    stores.last!.destroy();
    expect(create({ storage }).get().fontScale).toBe(1.5);
  });

  it('applies a change made in another tab', () => {
    const { win, storageEvent } = fakeWindow();
    const storage = memoryStorage();
    create({ storage, window: win });
    const listener = vi.fn();
    stores.last!.subscribe(listener);
    storage.setItem('reachable', JSON.stringify({ version: 1, preferences: { colorScheme: 'black-on-yellow' } }));
    storageEvent('other-key');
    expect(listener).not.toHaveBeenCalled();
    storageEvent('reachable');
    expect(stores.last!.get().colorScheme).toBe('black-on-yellow');
    expect(listener).toHaveBeenCalledWith(expect.anything(), ['colorScheme']);
    storage.removeItem('reachable');
    storageEvent(null);
    expect(stores.last!.get().colorScheme).toBe('default');
  });

  it('stops listening to other tabs after destroy()', () => {
    const { win, storageEvent } = fakeWindow();
    const storage = memoryStorage();
    create({ storage, window: win }).destroy();
    storage.setItem('reachable', JSON.stringify({ version: 1, preferences: { fontScale: 2 } }));
    storageEvent('reachable');
    expect(stores.last!.get().fontScale).toBe(1);
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
