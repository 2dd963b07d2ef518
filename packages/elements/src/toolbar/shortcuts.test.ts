import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS, describeCombo, matches, parseCombo, resolveShortcuts } from './shortcuts.js';

const key = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) =>
  new KeyboardEvent('keydown', { code, ...mods });

describe('parseCombo', () => {
  it.each(Object.entries(DEFAULT_SHORTCUTS))('the default for %s (%s) is valid: two modifiers and a key', (_, combo) => {
    expect(parseCombo(combo)).toBeDefined();
  });

  it('reads letters, digits and named keys as physical keys', () => {
    expect(parseCombo('Alt+Shift+g')).toEqual({ alt: true, shift: true, ctrl: false, meta: false, code: 'KeyG' });
    expect(parseCombo('Ctrl+Alt+0')?.code).toBe('Digit0');
    expect(parseCombo('Option+Shift+ArrowUp')).toMatchObject({ alt: true, code: 'ArrowUp' });
  });

  it.each(['G', 'Alt+G', 'Shift+1', 'Alt+Alt+G', 'Alt+Shift+', 'Alt+Shift+Enter', 'Alt+Shift+Tab', 'Hyper+Shift+G', ''])(
    'refuses %j: single keys, one modifier, or keys people need',
    (combo) => {
      expect(parseCombo(combo)).toBeUndefined();
    },
  );
});

it('matches the exact modifiers only', () => {
  const combo = parseCombo('Alt+Shift+G')!;
  expect(matches(combo, key('KeyG', { altKey: true, shiftKey: true }))).toBe(true);
  expect(matches(combo, key('KeyG', { altKey: true }))).toBe(false);
  expect(matches(combo, key('KeyG', { altKey: true, shiftKey: true, ctrlKey: true }))).toBe(false);
});

it('describes combos for people', () => {
  expect(describeCombo('Alt+Shift+ArrowUp')).toBe('Alt + Shift + ↑');
});

describe('resolveShortcuts', () => {
  it('uses the defaults, or none when switched off', () => {
    expect(resolveShortcuts(undefined).shortcuts).toEqual(DEFAULT_SHORTCUTS);
    expect(resolveShortcuts(true).shortcuts).toEqual(DEFAULT_SHORTCUTS);
    expect(resolveShortcuts(false).shortcuts).toEqual({});
  });

  it('remaps and removes single shortcuts, and reports bad entries', () => {
    const { shortcuts, problems } = resolveShortcuts({ toggle: 'Ctrl+Alt+A', reset: 'off', fontUp: 'U', nonsense: 'Alt+Shift+N' } as never);
    expect(shortcuts.toggle).toBe('Ctrl+Alt+A');
    expect(shortcuts.reset).toBeUndefined();
    expect(shortcuts.fontUp).toBe(DEFAULT_SHORTCUTS.fontUp);
    expect(problems).toHaveLength(2);
  });

  it("gives one key to one action: the site's own choice over a default, then the first in the list", () => {
    const { shortcuts, problems } = resolveShortcuts({ textSpacing: 'Shift+Alt+ArrowUp', reset: 'Alt+Shift+1', zoomIn: 'Alt+Shift+1' });
    expect(shortcuts.textSpacing).toBe('Shift+Alt+ArrowUp');
    expect(shortcuts.fontUp).toBeUndefined();
    expect(shortcuts.reset).toBe('Alt+Shift+1');
    expect(shortcuts.zoomIn).toBeUndefined();
    expect(problems).toEqual([
      'shortcut "Alt+Shift+1" for zoomIn is already the shortcut for reset',
      'shortcut "Alt+Shift+ArrowUp" for fontUp is already the shortcut for textSpacing',
    ]);
  });
});
