// Fails when packages/elements/custom-elements.json is not what the analyzer
// makes from the current sources (run `pnpm --filter @reachable/elements manifest`).
import { execSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tidyManifest } from './tidy-manifest.mjs';

const tmp = '.cache/manifest-check';
rmSync(tmp, { recursive: true, force: true });
// The analyzer points package.json's "customElements" at wherever it writes: put package.json back.
const packageJson = readFileSync('package.json', 'utf8');
const { scripts, customElements } = JSON.parse(packageJson);
if (customElements !== 'custom-elements.json') {
  console.error(`package.json "customElements" is "${customElements}"; it must name the published custom-elements.json.`);
  process.exit(1);
}
try {
  execSync(`pnpm exec ${scripts.manifest.split(' && ')[0].replace('--outdir .', `--outdir ${tmp}`)}`, { stdio: 'inherit' });
} finally {
  writeFileSync('package.json', packageJson);
}
const fresh = tidyManifest(readFileSync(`${tmp}/custom-elements.json`, 'utf8'));
let committed = '';
try {
  committed = readFileSync('custom-elements.json', 'utf8');
} catch {}
rmSync(tmp, { recursive: true, force: true });
if (fresh !== committed) {
  const [a, b] = [fresh.split('\n'), committed.split('\n')];
  const at = a.findIndex((line, i) => line !== b[i]);
  console.error(`first difference at line ${at + 1}:\n  fresh:     ${a[at]}\n  committed: ${b[at]}`);
  console.error('custom-elements.json is out of date: run `pnpm --filter @reachable/elements manifest` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is current.');
