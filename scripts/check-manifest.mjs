// Fails when packages/elements/custom-elements.json is not what the analyzer
// makes from the current sources (run `pnpm --filter @reachable/elements manifest`).
import { execSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const tmp = '.cache/manifest-check';
rmSync(tmp, { recursive: true, force: true });
const analyze = JSON.parse(readFileSync('package.json', 'utf8')).scripts.manifest.replace('--outdir .', `--outdir ${tmp}`);
execSync(`pnpm exec ${analyze}`, { stdio: 'inherit' });
const fresh = readFileSync(`${tmp}/custom-elements.json`, 'utf8');
let committed = '';
try {
  committed = readFileSync('custom-elements.json', 'utf8');
} catch {}
rmSync(tmp, { recursive: true, force: true });
if (fresh !== committed) {
  console.error('custom-elements.json is out of date: run `pnpm --filter @reachable/elements manifest` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is current.');
