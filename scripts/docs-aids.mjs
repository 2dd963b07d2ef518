// Rewrites what is generated from the aid registry: the table of aids in docs/aids.md, the table of CSS hooks in docs/integration.md and the toolbar's icon set (the tests that check them write them instead).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
execFileSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', 'packages/elements/src/aids-docs.test.ts', 'packages/elements/src/toolbar/icons.test.ts', 'packages/core/src/controller/hooks-docs.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, REACHABLE_UPDATE_DOCS: '1' },
});
