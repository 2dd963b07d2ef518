import { afterEach, expect, it, vi } from 'vitest';
import { installGlobal, type ReachableGlobal } from './global.js';

afterEach(() => {
  delete window.Reachable;
  vi.restoreAllMocks();
});

it('publishes a frozen window.Reachable with the announcer', () => {
  installGlobal(window);
  expect(window.Reachable?.version).toBe('0.0.0-test');
  expect(typeof window.Reachable?.announce).toBe('function');
  expect(Object.isFrozen(window.Reachable)).toBe(true);
});

it('a second copy of the same version changes nothing and says nothing', () => {
  const warn = vi.spyOn(console, 'warn');
  installGlobal(window);
  const first = window.Reachable;
  installGlobal(window);
  expect(window.Reachable).toBe(first);
  expect(warn).not.toHaveBeenCalled();
});

it('a different version keeps the first and warns', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const other = { version: '9.9.9' } as ReachableGlobal;
  window.Reachable = other;
  installGlobal(window);
  expect(window.Reachable).toBe(other);
  expect(warn).toHaveBeenCalledOnce();
  expect(warn.mock.calls[0]?.[0]).toContain('9.9.9');
});
