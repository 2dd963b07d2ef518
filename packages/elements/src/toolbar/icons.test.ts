// The toolbar's icon set is generated from the icon names in the aid registry (controls and commands) and the toolbar's own
// (`pnpm docs:aids` rewrites it): only the pictures in use are bundled, and the boot file carries names alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY, type AidDefinition } from '@reachable/core/aids';
import * as lucide from 'lucide';
import { expect, it } from 'vitest';
import { controlsOf } from './controls.js';
import { TOOLBAR_ICONS } from './icon.js';

const FILE = join(process.cwd(), 'packages/elements/src/toolbar/icons.generated.ts');
const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

const commandIcons = (REGISTRY as readonly AidDefinition[]).flatMap((aid) => (aid.shortcuts ?? []).flatMap((spec) => (spec.command ? [spec.command.icon] : [])));
const names = [...new Set([...REGISTRY.flatMap((aid) => controlsOf(aid).map((control) => control.icon)), ...commandIcons, ...TOOLBAR_ICONS])].sort();

it('names only icons Lucide has', () => {
  expect(names.length).toBeGreaterThan(TOOLBAR_ICONS.length);
  expect(names.filter((name) => !(pascal(name) in lucide))).toEqual([]);
});

it('bundles exactly the icons the registry and the toolbar name', () => {
  const source = `// Generated from the icon names in the aid registry and the toolbar's own by \`pnpm docs:aids\`: do not edit.
import { ${names.map(pascal).join(', ')} } from 'lucide';

/** The toolbar's pictures, by Lucide name. */
export const ICONS = {
${names.map((name) => `  '${name}': ${pascal(name)},`).join('\n')}
};
export type IconName = keyof typeof ICONS;
`;
  if (process.env.REACHABLE_UPDATE_DOCS) writeFileSync(FILE, source);
  expect(readFileSync(FILE, 'utf8'), 'the icon set is out of date: run `pnpm docs:aids`').toBe(source);
});
