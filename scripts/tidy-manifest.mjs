// The analyzer's manifest, made the same everywhere and limited to the public API:
// - modules sorted by path (the analyzer lists them in the order the file system returns them);
// - private and protected members (`#private`, `private`, `protected`, lit's internal `state: true` properties) left out,
//   with the attributes the analyzer wrongly gives to internal state.
//   node scripts/tidy-manifest.mjs <custom-elements.json>
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function tidyManifest(text) {
  const manifest = JSON.parse(text);
  manifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const declaration of manifest.modules?.flatMap((module) => module.declarations ?? []) ?? []) {
    const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#')).map((m) => m.name));
    if (declaration.members) declaration.members = declaration.members.filter((m) => !hidden.has(m.name));
    if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
  }
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  const file = process.argv[2];
  writeFileSync(file, tidyManifest(readFileSync(file, 'utf8')));
}
