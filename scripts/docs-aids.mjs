// Rewrites the table of aids in docs/aids.md from the aid registry (the test that checks it writes it instead).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
execFileSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', 'packages/elements/src/aids-docs.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, REACHABLE_UPDATE_DOCS: '1' },
});
