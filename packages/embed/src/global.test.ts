import { afterEach, expect, it, vi } from 'vitest';
import { mayStart, type ReachableGlobal } from './global.js';

afterEach(() => {
  delete window.Reachable;
  vi.restoreAllMocks();
});

it('starts when no copy is running', () => {
  expect(mayStart(window)).toBe(true);
});

it('does not start, silently, when the same version runs', () => {
  const warn = vi.spyOn(console, 'warn');
  window.Reachable = { version: '0.0.0-test' } as ReachableGlobal;
  expect(mayStart(window)).toBe(false);
  expect(warn).not.toHaveBeenCalled();
});

it('does not start, with one warning, when another version runs', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  window.Reachable = { version: '9.9.9' } as ReachableGlobal;
  expect(mayStart(window)).toBe(false);
  expect(warn).toHaveBeenCalledOnce();
  expect(warn.mock.calls[0]?.[0]).toContain('9.9.9');
});

it('starts when window.Reachable is only an element with id="Reachable"', () => {
  window.Reachable = document.createElement('div') as unknown as ReachableGlobal;
  expect(mayStart(window)).toBe(true);
});
