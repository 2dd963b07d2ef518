// Refuses a broken package before release: production files free of
// development warnings, publint --strict on each package, then
// are-the-types-wrong on the tarball exactly as it would be published.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const packDir = join(root, '.cache', 'pack');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });

rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });

// `if (__DEV__) warn('R001', …)` must be gone from everything but dist/dev. The code itself
// is looked for (the minified script-tag bundles rename warn): development warnings are R0xx;
// R1xx warnings are meant for production too (see docs/warnings.md).
const DEV_ONLY = /["'`]R0\d{2}["'`]/;
function checkProductionFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !file.endsWith('.js') || file.includes('/dist/dev/')) continue;
    if (DEV_ONLY.test(readFileSync(file, 'utf8'))) {
      console.error(`${file} contains a development warning: production builds must strip if (__DEV__) branches.`);
      process.exit(1);
    }
  }
}

for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  console.log(`\n— @reachable/${name}`);
  checkProductionFiles(join(dir, 'dist'));
  run(bin('publint'), ['run', '--strict', dir]);
  const before = new Set(readdirSync(packDir));
  run('pnpm', ['pack', '--pack-destination', packDir], dir);
  const tarball = readdirSync(packDir).find((file) => !before.has(file));
  // ESM-only packages: require() from CommonJS is not offered, so that profile is the one to hold.
  run(bin('attw'), [join(packDir, tarball), '--profile', 'esm-only', '--format', 'table-flipped']);
}
