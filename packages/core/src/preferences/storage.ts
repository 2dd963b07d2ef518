/** Where preferences persist: the subset of the Web Storage API that Reachable uses. */
export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Storage that lasts for this page only. */
export function memoryStorage(): PreferenceStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * `localStorage` that never throws. Reading the property itself throws in
 * sandboxed iframes and with storage disabled; Safari's private mode and a full
 * quota throw on write. After the first failure it keeps working in memory for
 * the rest of the visit, so the user's choices still apply on this page.
 */
export function safeLocalStorage(win: Window | undefined = globalThis.window): PreferenceStorage {
  const memory = memoryStorage();
  let storage: Storage | undefined;
  try {
    storage = win?.localStorage ?? undefined;
  } catch {
    storage = undefined;
  }
  const attempt = <T>(use: (s: Storage) => T): T | undefined => {
    if (!storage) return undefined;
    try {
      return use(storage);
    } catch {
      storage = undefined;
      return undefined;
    }
  };
  return {
    getItem: (key) => {
      const stored = attempt((s) => s.getItem(key));
      return stored === undefined ? memory.getItem(key) : stored;
    },
    setItem: (key, value) => {
      memory.setItem(key, value);
      attempt((s) => s.setItem(key, value));
    },
    removeItem: (key) => {
      memory.removeItem(key);
      attempt((s) => s.removeItem(key));
    },
  };
}
