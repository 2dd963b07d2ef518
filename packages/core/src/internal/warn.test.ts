import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Tests run from the repository's root.
const root = process.cwd();

it('documents every warning code the packages use, and uses every code it documents', () => {
  const sources = readdirSync(join(root, 'packages'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !entry.parentPath.includes('node_modules') && entry.parentPath.includes('/src'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  const used = new Set(sources.flatMap((source) => [...source.matchAll(/\bwarn\(\s*'(R\d{3})'/g)].map((match) => match[1]!)));
  const documented = new Set([...readFileSync(join(root, 'docs/warnings.md'), 'utf8').matchAll(/^## (R\d{3})$/gm)].map((match) => match[1]!));
  expect(used.size).toBeGreaterThan(15);
  expect([...used].filter((code) => !documented.has(code)).sort(), 'used but not in docs/warnings.md').toEqual([]);
  expect([...documented].filter((code) => !used.has(code)).sort(), 'in docs/warnings.md but never used').toEqual([]);
});
