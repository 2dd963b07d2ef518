import { afterEach, expect, it, vi } from 'vitest';
import { defineElement } from './define.js';

afterEach(() => vi.restoreAllMocks());

const versioned = (version: string) =>
  class extends HTMLElement {
    static readonly version = version;
  };

it('registers once; the same version again is a silent no-op', () => {
  const warn = vi.spyOn(console, 'warn');
  const First = versioned('1.0.0');
  defineElement('reach-test-same', First);
  expect(() => defineElement('reach-test-same', versioned('1.0.0'))).not.toThrow();
  expect(customElements.get('reach-test-same')).toBe(First);
  expect(warn).not.toHaveBeenCalled();
});

it('a different version keeps the first registration and warns once', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const First = versioned('1.0.0');
  defineElement('reach-test-other', First);
  defineElement('reach-test-other', versioned('2.0.0'));
  defineElement('reach-test-other', versioned('2.0.0'));
  expect(customElements.get('reach-test-other')).toBe(First);
  expect(warn).toHaveBeenCalledOnce();
  expect(warn.mock.calls[0]?.[0]).toMatch(/<reach-test-other> 1\.0\.0 is already registered; version 2\.0\.0/);
});
