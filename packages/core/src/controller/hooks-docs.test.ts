// The table of CSS hooks in docs/integration.md is derived from the registry: this test fails when it is out of
// date (`pnpm docs:aids` rewrites it), so the documented contract is always what the code sets.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { AidDefinition } from '../aids/define.js';
import { REGISTRY } from '../aids/registry.js';
import { DEFAULT_PREFERENCES, SCHEMA, type PreferenceKey } from '../preferences/schema.js';
import { hookAttribute } from './hooks.js';

// Tests run from the repository's root.
const FILE = join(process.cwd(), 'docs', 'integration.md');
const START = '<!-- hooks:start (generated from the registry by `pnpm docs:aids`) -->';
const END = '<!-- hooks:end -->';

const code = (value: unknown) => `\`${String(value)}\``;

/** What the attribute of a preference holds, in words: an aid's switch, or (while it is on) one of its settings. */
function valuesOf(key: PreferenceKey, setting: boolean): string {
  const field = SCHEMA[key];
  if (field.kind === 'flag') return 'present (empty) while on';
  if (field.kind === 'choice') return field.values.filter((value) => setting || value !== field.default).map(code).join(', ');
  if (field.kind === 'range') return `a number, ${field.min}–${field.max} (e.g. ${code(setting ? field.default : field.min + field.step * 2)})`;
  return '';
}

function table(): string {
  const aids = REGISTRY as readonly AidDefinition[];
  const rows = aids.flatMap((aid) => [
    ...aid.keys
      // As the hooks themselves: a preference whose value is an object (caption styles, what a preset replaced) has no attribute.
      .filter((key) => typeof DEFAULT_PREFERENCES[key] !== 'object')
      .map((key, i) => [code(hookAttribute(key)), code(aid.id), i ? `${valuesOf(key, true)}, while the aid is on` : valuesOf(key, false)]),
    ...(aid.properties ?? []).map((hook) => [code(hook.name), code(aid.id), hook.about + (hook.byEngine ? ' Set while Reachable applies the aid itself (not when the site honours it).' : '')]),
  ]);
  return [START, '| hook on `<html>` | aid | value |', '| --- | --- | --- |', ...rows.map((cells) => `| ${cells.join(' | ')} |`), END].join('\n');
}

it('docs/integration.md lists every hook the registry defines', () => {
  const text = readFileSync(FILE, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  expect(start, `docs/integration.md needs the markers ${START} … ${END}`).toBeGreaterThanOrEqual(0);
  const expected = table();
  if (process.env.REACHABLE_UPDATE_DOCS) writeFileSync(FILE, text.slice(0, start) + expected + text.slice(end + END.length));
  else expect(text.slice(start, end + END.length), 'docs/integration.md is out of date: run `pnpm docs:aids`').toBe(expected);
  for (const aid of REGISTRY as readonly AidDefinition[]) for (const hook of aid.properties ?? []) expect(hook.about, `${aid.id}: ${hook.name} needs its "about"`).not.toBe('');
});
