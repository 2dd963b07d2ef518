// The analyzer lists modules in the order the file system returns them, which
// differs between machines: sort them by path so the manifest is the same everywhere.
//   node scripts/sort-manifest.mjs <custom-elements.json>
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function sortedManifest(text) {
  const manifest = JSON.parse(text);
  manifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  const file = process.argv[2];
  writeFileSync(file, sortedManifest(readFileSync(file, 'utf8')));
}
