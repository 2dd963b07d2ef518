// Size budgets (gzip), checked by `pnpm size` (part of `pnpm check`) and reported by `pnpm bench`.
// Every aid of the registry gets its own line (importing one aid must cost that aid, not every aid),
// and so does every file the script tag loads on demand (with the shared chunks it imports).
import { readdirSync } from 'node:fs';
import { REGISTRY } from './packages/core/dist/aids/index.js';

const core = 'packages/core/dist/index.js';
const chunks = 'packages/embed/dist/chunks';

/** An aid's definition with its engine, imported alone. */
const AID_LIMIT = '3 KB';
/**
 * Larger aids: read-aloud names what it reads with the accessible-name
 * computation screen readers follow (dom-accessibility-api, 4.3 KB of its
 * 8.6 KB); reading mode finds a page's content and copies it (3.1 KB); the
 * caption bar shows what read-aloud would say, with the same library (its own
 * code is 1.7 KB). The caption bar's conversion tables are measured apart.
 */
// Read-aloud 10.3 → 10.35 KB: a name split by a line break is said once, as its text shows it.
const AID_LIMITS = { speech: '10.35 KB', readingMode: '3.25 KB', captionBar: '8.5 KB' };

/** What each on-demand file of the script tag may cost, its shared chunks included. */
const CHUNK_LIMITS = [
  // 11 → 15.5 KB for the bar layout (a toolbar of buttons with menus, its keyboard) and the icon set (1.4 KB); → 15.65 KB for 关怀模式; → 15.95 KB for a site's own presets; → 16 KB because the chunk
  // names it imports carry content hashes, whose gzip size moves by a byte or two from build to build (a clean clone measured 1 B over);
  // → 16.05 KB for the panel kept clear of the caption bar (its place and height): 15,994 B here, 16,002 B in a clean clone, so the hashes move it by up to 10 B;
  // → 16.1 KB for the bar layout measuring itself after each change instead of with a ResizeObserver, whose loop error WebKit pages heard.
  [/^toolbar-panel-/, '16.1 KB', 'the toolbar panel, lit included'],
  [/^toolbar-popover-/, '7 KB', "the bar's popover positioning (floating-ui)"],
  [/^caption-bar-caption-bar-/, '7.1 KB', 'the caption bar, with the accessible-name library it shares with read-aloud'],
  // Loaded only when a visitor picks that display for the caption bar: OpenCC's phrase list is most of 繁体.
  // 485 → 445 KB, 150 → 140 KB and 26 → 25 KB when the chunks were built in UTF-8.
  [/^caption-bar-tables-to-traditional-/, '445 KB', "the caption bar's 繁体 (OpenCC's Simplified → Traditional tables)"],
  [/^caption-bar-tables-to-simplified-/, '25 KB', "the caption bar's 简体 (OpenCC's Traditional → Simplified tables)"],
  [/^caption-bar-tables-pinyin-/, '140 KB', "the caption bar's 拼音 (pinyin-pro and its dictionary)"],
  [/^captions-index-/, '16 KB', '<reach-captions>, lit included'],
  [/^i18n-/, '1.5 KB', 'one language'],
  [/^toolbar-speak-|^announce-/, '2 KB', 'the announcer'],
  // The script tag's build gives the accessible-name library the browser's own Set and Array.from (0.9 KB less).
  [/^speech-/, '8.8 KB', 'read-aloud, the accessible-name library included'],
  [/./, '6 KB', 'an aid'],
];

/** Measures without what matches `pattern` and is loaded on demand (it has a line of its own). */
const apart = (pattern) => (config) => ({
  ...config,
  plugins: [...(config.plugins ?? []), { name: 'on-demand-apart', setup: (b) => b.onResolve({ filter: pattern }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) }],
});
/** A chunk's own cost: what it loads on demand in turn (the bar's popover positioning, from the panel) has its own line. */
const withoutOnDemand = apart(/.*/);
/** A package's cost without the large tables (`tables/` folders) that load only when a visitor picks them. */
const withoutTables = apart(/[\\/]tables[\\/]/);

export default [
  { name: '@reachable/core: import { announce }', path: core, import: '{ announce }', gzip: true, limit: '1 KB' },
  { name: '@reachable/core: import { createPreferenceStore }', path: core, import: '{ createPreferenceStore }', gzip: true, limit: '2.5 KB' },
  // Every sheet Reachable writes names the layers that must win (owned-sheet.ts): 50 B on each line below that writes one.
  { name: '@reachable/core: import { createFontScale }', path: core, import: '{ createFontScale }', gzip: true, limit: '2.8 KB' },
  { name: '@reachable/core: import { createColorScheme }', path: core, import: '{ createColorScheme }', gzip: true, limit: '1.5 KB' },
  { name: '@reachable/core: import { createColorFilter }', path: core, import: '{ createColorFilter }', gzip: true, limit: '1.5 KB' },
  ...REGISTRY.map((aid) => ({
    name: `@reachable/core: import { ${aid.id}Aid } (the aid and its engine)`,
    path: core,
    import: `{ ${aid.id}Aid }`,
    gzip: true,
    limit: AID_LIMITS[aid.id] ?? AID_LIMIT,
    modifyEsbuildConfig: withoutTables,
  })),
  // Everything grows with the registry (each aid is held to its own line above), read-aloud's
  // accessible-name library among them: 25 → 27.2 KB with the caption bar, the fourteenth aid, and read-aloud's provider, pause and stop;
  // → 28.6 KB with the CSS hooks, `honours`, the 关怀模式 preset and a site's own presets; → 28.7 KB for the caption bar's
  // steady height and the room it publishes (--reach-caption-bar-bottom/top), which read-aloud's note keeps clear of;
  // → 28.75 KB for read-aloud's names split by a line break.
  { name: '@reachable/core: everything', path: core, import: '*', gzip: true, limit: '28.75 KB', modifyEsbuildConfig: withoutTables },
  { name: "@reachable/elements: import '@reachable/elements/announcer'", path: 'packages/elements/dist/announcer/index.js', gzip: true, limit: '4 KB' },
  { name: "@reachable/elements: import '@reachable/elements/captions'", path: 'packages/elements/dist/captions/index.js', gzip: true, limit: '16.35 KB' },
  // 49 → 60.5 KB with the bar layout: floating-ui for its popovers (6.9 KB), the icon set (1.4 KB), the bar itself; → 64.2 KB with the caption bar and read-aloud's provider, pause and stop; → 66.7 KB with the CSS hooks, `honours`, 关怀模式 and a site's own presets; → 66.85 KB with the launcher and panel kept clear of the caption bar; → 66.9 KB with read-aloud's names split by a line break; → 66.95 KB for the bars measuring themselves without a ResizeObserver.
  { name: '@reachable/elements: everything, lit and core included (every on-demand part too)', path: 'packages/elements/dist/index.js', gzip: true, limit: '66.95 KB', modifyEsbuildConfig: withoutTables },
  // The framework packages' own cost: what they wrap (@reachable/elements and core, measured above) and the framework are the app's.
  // React: the three components (with @lit/react's property and event mapping, 0.9 KB), the provider and the two hooks.
  { name: '@reachable/react: everything, with @lit/react (React and @reachable/* apart)', path: 'packages/react/dist/index.js', import: '*', gzip: true, limit: '1.5 KB', ignore: ['react', '@reachable/core', '@reachable/elements'] },
  // Vue: the three components, the plugin and the two composables.
  { name: '@reachable/vue: everything (Vue and @reachable/* apart)', path: 'packages/vue/dist/index.js', import: '*', gzip: true, limit: '1 KB', ignore: ['vue', '@reachable/core', '@reachable/elements'] },
  // The aim is 10 KB (docs/performance.md); this holds it where it is. 17 → 17.1 KB for the CDN address fix and the
  // cascade-layer order; → 17.25 KB for each control's icon name in the registry; → 17.5 KB for the caption bar's entry and preferences;
  // → 17.6 KB for reading read-aloud's provider from window.ReachableConfig; → 17.7 KB for read-aloud's pause and stop commands;
  // → 18.7 KB for the CSS hooks (0.4 KB), `honours` and its data-honours option (0.3 KB) and the 关怀模式 preset (0.3 KB): a returning
  // visitor's hooks, a site's handlers and a preset's values must all be in force at first paint, before anything loads;
  // → 19.1 KB for a site's own presets (checking them, and offering them to the toolbar) and the hooks' rules written once;
  // → 19.15 KB for the launcher kept clear of the caption bar (it covered the bar's right end in 关怀模式);
  // → 19.2 KB: one range-steps helper for the hooks, the bar and the caption settings, which the panel now takes from
  // this file (9 B), and room for the chunk names' hashes, which move its gzip size by up to 10 B between builds.
  { name: '@reachable/embed: the first file (what the script tag names)', path: 'packages/embed/dist/reachable.js', gzip: true, limit: '19.2 KB' },
  // The aim is 45 KB; 51 → 62 KB with the bar layout, its floating-ui (which the script tag loads only for the bar) and the icon set;
  // → 64.8 KB with the caption bar (without its conversion tables, which a one-file build leaves out) and read-aloud's provider, pause and stop;
  // → 66 KB with the CSS hooks, `honours` and 关怀模式; → 66.9 KB with a site's own presets; → 67.1 KB with the toolbar kept clear of the caption bar, and read-aloud's names split by a line break;
  // → 67.15 KB for the bars measuring themselves without a ResizeObserver.
  { name: '@reachable/embed: the one-file build, every aid and language inside', path: 'packages/embed/dist/reachable.standalone.js', gzip: true, limit: '67.15 KB' },
  ...readdirSync(chunks)
    .filter((file) => !file.startsWith('shared-'))
    .sort()
    .map((file) => {
      const [, limit, what] = CHUNK_LIMITS.find(([pattern]) => pattern.test(file));
      // Measured as built and served: in UTF-8 (see scripts/build-embed.mjs).
      const asServed = (config) => ({ ...withoutOnDemand(config), charset: 'utf8' });
      return { name: `@reachable/embed: on demand, ${what} (${file.replace(/-[A-Z0-9]{8}\.js$/, '')})`, path: `${chunks}/${file}`, gzip: true, limit, modifyEsbuildConfig: asServed };
    }),
  { name: '@reachable/embed/captions: the optional captions tag', path: 'packages/embed/dist/captions.js', gzip: true, limit: '16 KB' },
];
