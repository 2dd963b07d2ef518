// Refuses a broken package before release: publint --strict on each package,
// then are-the-types-wrong on the tarball exactly as it would be published.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const packDir = join(root, '.cache', 'pack');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });

rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });

for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  console.log(`\n— @reachable/${name}`);
  run(bin('publint'), ['run', '--strict', dir]);
  const before = new Set(readdirSync(packDir));
  run('pnpm', ['pack', '--pack-destination', packDir], dir);
  const tarball = readdirSync(packDir).find((file) => !before.has(file));
  // ESM-only packages: require() from CommonJS is not offered, so that profile is the one to hold.
  run(bin('attw'), [join(packDir, tarball), '--profile', 'esm-only', '--format', 'table-flipped']);
}
