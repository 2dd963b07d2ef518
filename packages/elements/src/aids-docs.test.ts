// docs/aids.md's table of aids is derived from the registry: this test fails when it is out of date
// (`pnpm docs:aids` rewrites it) or when an aid has no page in docs/.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY, type Aid, type AidDefinition } from '@reachable/core/aids';
import { expect, it } from 'vitest';
import { LOCALES } from './i18n/locales.js';
import { controlsOf, shown, type Control } from './toolbar/controls.js';

// Tests run from the repository's root.
const DOCS = join(process.cwd(), 'docs');
const FILE = join(DOCS, 'aids.md');
const START = '<!-- aids:start (generated from the registry by `pnpm docs:aids`; write only the page column) -->';
const END = '<!-- aids:end -->';

const describeControl = (control: Control): string => {
  const name = LOCALES.en.aids[control.name];
  if (control.kind === 'stepper') return `${name}: stepper ${shown(control, control.min)}–${shown(control, control.max)} by ${shown(control, control.step)}`;
  if (control.kind === 'switch') return `${name}: switch`;
  return `${name}: choice of ${control.options.map((option) => `\`${option}\``).join(', ')}`;
};

function table(pages: Map<string, string>): string {
  const rows = (REGISTRY as readonly AidDefinition[]).map((aid) => [
    `\`${aid.id}\``,
    aid.keys.map((key) => `\`${key}\``).join(', '),
    LOCALES.en.groups[aid.group as Aid['group']],
    controlsOf(aid as Aid).map(describeControl).join('; '),
    (aid.shortcuts ?? []).map((s) => `\`${s.keys}\` (${s.id})`).join(', ') || '—',
    pages.get(aid.id) ?? '',
  ]);
  return [
    START,
    '| aid | preferences | group | controls | default shortcuts | page |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    END,
  ].join('\n');
}

it('docs/aids.md lists every registered aid as the registry defines it, each with its page', () => {
  const text = readFileSync(FILE, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  expect(start, `docs/aids.md needs the markers ${START} … ${END}`).toBeGreaterThanOrEqual(0);
  const current = text.slice(start, end + END.length);
  // The page column is the one written by hand: kept from the file.
  const pages = new Map(
    [...current.matchAll(/^\| `(\w+)` \|.*\| ([^|]*) \|$/gm)].map(([, id, page]) => [id!, page!.trim()] as const).filter(([, page]) => page),
  );
  const expected = table(pages);
  if (process.env.REACHABLE_UPDATE_DOCS) writeFileSync(FILE, text.slice(0, start) + expected + text.slice(end + END.length));
  else expect(current, 'docs/aids.md is out of date: run `pnpm docs:aids`').toBe(expected);
  for (const aid of REGISTRY) {
    const link = /^\[[^\]]+\]\(([\w-]+\.md)(#[\w-]+)?\)$/.exec(pages.get(aid.id) ?? '');
    expect(link, `${aid.id}: the page column of docs/aids.md needs a link to its page in docs/`).not.toBeNull();
    expect(existsSync(join(DOCS, link![1]!)), `docs/${link![1]} (the page of ${aid.id})`).toBe(true);
  }
});
