// Preference-store tests: a fake window (media queries, other tabs), and stores made per test and destroyed after it.
import { createPreferenceStore, memoryStorage, type PreferenceStoreOptions } from '@reachable/core/preferences';
import { afterEach, vi } from 'vitest';

/** A window with controllable media queries and a storage event channel. */
export function fakeWindow(matching: string[] = []) {
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

export const REDUCE = '(prefers-reduced-motion: reduce)';

/**
 * `create(options)` makes a store with a fake window and memory storage (the
 * test's `last`), destroyed after the test; `quiet()` silences and records warnings.
 */
export function useStores() {
  const stores = {
    last: undefined as ReturnType<typeof createPreferenceStore> | undefined,
    create: (options: PreferenceStoreOptions = {}) => (stores.last = createPreferenceStore({ window: fakeWindow().win, storage: memoryStorage(), ...options })),
    quiet: () => vi.spyOn(console, 'warn').mockImplementation(() => {}),
  };
  afterEach(() => {
    stores.last?.destroy();
    vi.restoreAllMocks();
  });
  return stores;
}
