'use client';
import { DEFAULT_PREFERENCES, type PreferenceChanges, type PreferenceKey, type Preferences } from '@reachable/core/preferences';
import { useCallback, useSyncExternalStore } from 'react';
import { useReachable } from './reachable.js';

const nothingToFollow = () => () => {};

/**
 * One of the visitor's preferences and a function that changes it, like
 * `useState`: the component re-renders whenever the preference changes,
 * whoever changed it (the toolbar, a shortcut, another tab). On the server,
 * and while hydrating, it is the default (`DEFAULT_PREFERENCES`), so the
 * markup matches; the visitor's value follows at once.
 */
export function usePreference<K extends PreferenceKey>(key: K): [Preferences[K], (value: NonNullable<PreferenceChanges[K]>) => void] {
  const preferences = useReachable()?.preferences;
  const value = useSyncExternalStore(
    preferences ? preferences.subscribe : nothingToFollow,
    () => (preferences ? preferences.get()[key] : DEFAULT_PREFERENCES[key]),
    () => DEFAULT_PREFERENCES[key],
  );
  const set = useCallback((next: NonNullable<PreferenceChanges[K]>) => preferences?.set({ [key]: next }), [preferences, key]);
  return [value, set];
}
