import { warn } from '@reachable/core/internal';
import { DEFAULT_PREFERENCES, type PreferenceChanges, type PreferenceKey, type Preferences } from '@reachable/core/preferences';
import { computed, getCurrentInstance, getCurrentScope, onMounted, onScopeDispose, shallowRef, type WritableComputedRef } from 'vue';
import { useReachable } from './reachable.js';

/**
 * One of the visitor's preferences as a writable ref: it follows every change,
 * whoever made it (the toolbar, a shortcut, another tab), and assigning it
 * changes the preference. In a component it reads the default
 * (`DEFAULT_PREFERENCES`) until mounted, so hydration finds the markup the
 * server rendered; the visitor's value follows as it mounts. It stops
 * following when the component unmounts (or its effect scope ends).
 */
export function usePreference<K extends PreferenceKey>(key: K): WritableComputedRef<Preferences[K]> {
  const preferences = useReachable()?.preferences;
  const value = shallowRef<Preferences[K]>(DEFAULT_PREFERENCES[key]);
  if (preferences) {
    let stop: (() => void) | undefined;
    const follow = () => {
      value.value = preferences.get()[key];
      stop = preferences.subscribe((current) => (value.value = current[key]));
    };
    if (getCurrentInstance()) onMounted(follow);
    else follow();
    if (getCurrentScope()) onScopeDispose(() => stop?.());
    else if (__DEV__) warn('R050', `usePreference('${key}') was called outside a component's setup and any effect scope: it follows the preference for the life of the page.`);
  }
  return computed({
    get: () => value.value,
    set: (next) => preferences?.set({ [key]: next } as PreferenceChanges),
  });
}
