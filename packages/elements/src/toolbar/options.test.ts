import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { TOOLBAR_OPTIONS } from './options.js';

it('documents the defaults the toolbar uses (the manifest’s @default of each option)', () => {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'packages/elements/custom-elements.json'), 'utf8'));
  const toolbar = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'reach-toolbar');
  for (const [name, rule] of Object.entries(TOOLBAR_OPTIONS)) {
    const documented = toolbar.members.find((m: { name: string }) => m.name === name)?.default;
    expect(documented, name).toBe(typeof rule.fallback === 'string' ? `'${rule.fallback}'` : String(rule.fallback));
  }
});

it('accepts what it says, and nothing else', () => {
  expect(TOOLBAR_OPTIONS.layout.valid('bar')).toBe(true);
  expect(TOOLBAR_OPTIONS.layout.valid('sidebar')).toBe(false);
  expect(TOOLBAR_OPTIONS.position.valid('top-left')).toBe(true);
  expect(TOOLBAR_OPTIONS.position.valid('middle')).toBe(false);
  expect([0, 200, 24.5].every((n) => TOOLBAR_OPTIONS.offset.valid(n))).toBe(true);
  expect([-1, 201, Number.NaN, '16'].some((n) => TOOLBAR_OPTIONS.offset.valid(n))).toBe(false);
  expect(TOOLBAR_OPTIONS.zIndex.valid(0)).toBe(true);
  expect([-1, 1.5, 2 ** 31, '5'].some((n) => TOOLBAR_OPTIONS.zIndex.valid(n))).toBe(false);
});
