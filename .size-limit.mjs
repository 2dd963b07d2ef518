// Size budgets (gzip), checked by `pnpm size` (part of `pnpm check`) and reported by `pnpm bench`.
// Every aid of the registry gets its own line: importing one aid must cost that aid, not every aid.
import { REGISTRY } from './packages/core/dist/aids/index.js';

const core = 'packages/core/dist/index.js';

/** An aid's definition with its engine, imported alone. */
const AID_LIMIT = '3 KB';

export default [
  { name: '@reachable/core: import { announce }', path: core, import: '{ announce }', gzip: true, limit: '1 KB' },
  { name: '@reachable/core: import { createPreferenceStore }', path: core, import: '{ createPreferenceStore }', gzip: true, limit: '2.5 KB' },
  { name: '@reachable/core: import { createFontScale }', path: core, import: '{ createFontScale }', gzip: true, limit: '2.75 KB' },
  { name: '@reachable/core: import { createColorScheme }', path: core, import: '{ createColorScheme }', gzip: true, limit: '1.5 KB' },
  { name: '@reachable/core: import { createColorFilter }', path: core, import: '{ createColorFilter }', gzip: true, limit: '1.5 KB' },
  ...REGISTRY.map((aid) => ({
    name: `@reachable/core: import { ${aid.id}Aid } (the aid and its engine)`,
    path: core,
    import: `{ ${aid.id}Aid }`,
    gzip: true,
    limit: AID_LIMIT,
  })),
  { name: '@reachable/core: everything', path: core, import: '*', gzip: true, limit: '12 KB' },
  { name: "@reachable/elements: import '@reachable/elements/announcer'", path: 'packages/elements/dist/announcer/index.js', gzip: true, limit: '8 KB' },
  { name: "@reachable/elements: import '@reachable/elements/captions'", path: 'packages/elements/dist/captions/index.js', gzip: true, limit: '16 KB' },
  { name: '@reachable/elements: everything, lit and core included', path: 'packages/elements/dist/index.js', gzip: true, limit: '29 KB' },
  { name: '@reachable/embed: the script-tag bundle', path: 'packages/embed/dist/reachable.js', gzip: true, limit: '25 KB' },
  { name: '@reachable/embed/captions: the optional captions bundle', path: 'packages/embed/dist/captions.js', gzip: true, limit: '16 KB' },
];
