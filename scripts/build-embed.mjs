// Builds the script tag's files, in packages/embed/dist:
//   reachable.js             the first file (what the tag names): a classic script that starts Reachable
//   chunks/*-[hash].js       ES modules it loads when first wanted (the panel, each locale, captions…),
//                            from the folder it came from; content-hashed, so a cached first file never
//                            meets a chunk of another version
//   reachable.standalone.js  everything in one classic script, for sites that can host only one file
//   captions.js              the optional captions tag (one file)
//
// Which modules are loaded on demand is what the code says: every dynamic `import()` reached from
// the first file becomes a chunk. A chunk never carries a second copy of a module the first file
// holds (two announcers, two sets of Reachable's own sheets): it takes that module from the first
// file, which publishes the modules chunks need on a global symbol for its version.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { nativeBuiltins } from './native-builtins.mjs';

const dir = resolve('.');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const RUNTIME = `reachable.runtime@${version}`;
const define = { __DEV__: 'false', __VERSION__: JSON.stringify(version) };
const common = { bundle: true, minify: true, target: 'es2022', platform: 'browser', define, logLevel: 'warning', legalComments: 'eof', tsconfig: 'tsconfig.build.json' };

const packages = resolve(dir, '..');
/** A module's name in the runtime and the chunk table: its path below packages/. */
const keyOf = (path) => relative(packages, path).replaceAll('\\', '/');

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/chunks', { recursive: true });

// ——— 1. The first file's modules, and the modules it loads on demand ———

/** Every dynamic import becomes an external `reachable-chunk:<key>` for the first file. */
function onDemand(found) {
  return {
    name: 'on-demand',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
        const result = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'resolving' });
        if (result.errors.length) return { errors: result.errors };
        found.set(keyOf(result.path), result.path);
        return { path: `reachable-chunk:${keyOf(result.path)}`, external: true };
      });
    },
  };
}

/** The shared modules the first file publishes (empty until the chunks are built, and in one-file builds). */
function chunkTable(contents = 'export const modules = {};') {
  return {
    name: 'chunk-table',
    setup(b) {
      b.onResolve({ filter: /^reachable:chunks$/ }, () => ({ path: 'reachable:chunks', namespace: 'chunk-table' }));
      b.onLoad({ filter: /.*/, namespace: 'chunk-table' }, () => ({ contents, loader: 'js', resolveDir: dir }));
    },
  };
}

const lazy = new Map();
const first = await build({ ...common, entryPoints: ['src/index.ts'], format: 'iife', write: false, metafile: true, plugins: [chunkTable(), onDemand(lazy), nativeBuiltins()] });
// The modules whose code the first file holds. A module it only parsed (re-exported by an index, then
// shaken out) is not one: a chunk that imports it bundles it itself, rather than pulling it back into
// the first file that every visitor downloads.
const firstModules = new Set(
  Object.values(first.metafile.outputs).flatMap((output) => Object.entries(output.inputs).flatMap(([input, { bytesInOutput }]) => (bytesInOutput > 0 ? [resolve(input)] : []))),
);

// ——— 2. The chunks, taking the first file's modules from it ———

/** What a module exports (names), read by esbuild. */
async function exportsOf(path) {
  const result = await build({ entryPoints: [path], bundle: false, format: 'esm', write: false, metafile: true, define, logLevel: 'silent' });
  return Object.values(result.metafile.outputs)[0].exports;
}

/** A short id for each first-file module chunks use (its full path would cost bytes in every file). */
const ids = new Map();
const idOf = (path) => {
  if (!ids.has(path)) ids.set(path, ids.size.toString(36));
  return ids.get(path);
};

/** Imports of a module the first file holds resolve to a module that re-exports it from the first file. */
function fromFirstFile(shared) {
  return {
    name: 'from-first-file',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'resolving' || args.kind === 'entry-point') return undefined;
        const result = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'resolving' });
        if (!firstModules.has(result.path) || lazy.has(keyOf(result.path))) return undefined;
        shared.add(result.path);
        return { path: result.path, namespace: 'first-file' };
      });
      b.onLoad({ filter: /.*/, namespace: 'first-file' }, async (args) => {
        const id = idOf(args.path);
        // Each name is read through a pure call, so the chunk keeps only the names it uses, and the
        // first file publishes only those (found below by their "~id#name" strings).
        const names = await exportsOf(args.path);
        return {
          contents: `const m = globalThis[Symbol.for(${JSON.stringify(RUNTIME)})].modules;
const pick = (name) => m[name.slice(1, name.indexOf('#'))][name.slice(name.indexOf('#') + 1)];
${names.map((n) => `export const ${n} = /* @__PURE__ */ pick(${JSON.stringify(`~${id}#${n}`)});`).join('\n')}`,
          loader: 'js',
        };
      });
    },
  };
}

/** Modules that chunks themselves load on demand (the bar's popover positioning): each gets a named chunk too. */
async function nestedOnDemand(entries) {
  const nested = new Map();
  for (let size = -1; size !== nested.size; ) {
    size = nested.size;
    await build({ ...common, entryPoints: [...entries.values(), ...nested.values()], format: 'esm', splitting: true, outdir: 'dist/chunks', write: false, plugins: [onDemand(nested), nativeBuiltins()] });
  }
  for (const key of entries.keys()) nested.delete(key);
  return nested;
}
const chunkName = (key) => key.replace(/\.[jt]s$/, '').replace(/[/\\]/g, '-').replace(/^(core|elements)-(src|dist)-/, '');

const shared = new Set();
const nested = await nestedOnDemand(lazy);
const chunks = await build({
  ...common,
  entryPoints: Object.fromEntries([...lazy, ...nested].map(([key, path]) => [chunkName(key), path])),
  format: 'esm',
  splitting: true,
  outdir: 'dist/chunks',
  entryNames: '[name]-[hash]',
  chunkNames: 'shared-[hash]',
  // Chunks are ES modules, which browsers always decode as UTF-8 whatever the page's or the server's charset
  // (a GBK page, a server that names none): Chinese text as itself, not \uXXXX escapes, costs half the bytes
  // (the caption bar's 繁体 tables: 1.97 MB → 1.04 MB, 479 → 438 KB gzip). The first file and the one-file builds
  // are classic scripts, decoded in the page's charset when the server names none, so they keep ASCII.
  charset: 'utf8',
  metafile: true,
  plugins: [fromFirstFile(shared), nativeBuiltins()],
});
/** Each on-demand module's chunk file, relative to the first file. */
const table = {};
for (const [output, meta] of Object.entries(chunks.metafile.outputs)) {
  if (!meta.entryPoint) continue;
  const key = [...lazy].find(([, path]) => resolve(meta.entryPoint) === path)?.[0];
  if (key) table[key] = relative('dist', output).replaceAll('\\', '/');
}

// ——— 3. The first file, publishing what chunks take from it ———

// The names each chunk reads from the first file, by module id.
const used = new Map();
for (const file of Object.keys(chunks.metafile.outputs)) {
  for (const [, id, name] of readFileSync(file, 'utf8').matchAll(/"~(\w+)#([\w$]+)"/g)) {
    if (!used.has(id)) used.set(id, new Set());
    used.get(id).add(name);
  }
}
const sharedList = [...shared].filter((path) => used.has(idOf(path)));
const table_ = `${sharedList.map((path, i) => `import { ${[...used.get(idOf(path))].map((n) => `${n} as m${i}_${n}`).join(', ')} } from ${JSON.stringify(path)};`).join('\n')}
export const modules = { ${sharedList.map((path, i) => `${JSON.stringify(idOf(path))}: { ${[...used.get(idOf(path))].map((n) => `${n}: m${i}_${n}`).join(', ')} }`).join(', ')} };`;
const final = await build({ ...common, entryPoints: ['src/index.ts'], format: 'iife', write: false, metafile: true, plugins: [chunkTable(table_), onDemand(new Map()), nativeBuiltins()] });
if (process.env.DEBUG_EMBED) for (const [k, v] of Object.entries(final.metafile.outputs)) for (const [i, w] of Object.entries(v.inputs)) console.log(w.bytesInOutput, i);
let code = final.outputFiles[0].text.replace(/import\("reachable-chunk:([^"]+)"\)/g, (_, key) => {
  if (!table[key]) throw new Error(`build-embed: no chunk for ${key}`);
  return `import(globalThis[Symbol.for(${JSON.stringify(RUNTIME)})].chunk(${JSON.stringify(table[key])}))`;
});
writeFileSync('dist/reachable.js', guard(code, { compileHint: true }));

// ——— 4. One-file builds ———

/**
 * Large data tables loaded on demand (the caption bar's Chinese conversion and pinyin, hundreds of KB)
 * live in `tables/` folders: a one-file build leaves them out, and what would load one gets an error it
 * handles (the caption bar shows the text as written).
 */
function withoutTables() {
  return {
    name: 'without-tables',
    setup(b) {
      b.onResolve({ filter: /[\\/]tables[\\/]/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'not-in-one-file' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'not-in-one-file' }, () => ({ contents: 'throw new Error("not in the one-file build: load reachable.js for this");', loader: 'js' }));
    },
  };
}

for (const [name, entry] of [
  ['reachable.standalone.js', 'src/index.ts'],
  ['captions.js', 'src/captions.ts'],
]) {
  const result = await build({ ...common, entryPoints: [entry], format: 'iife', write: false, plugins: [chunkTable(), withoutTables(), nativeBuiltins()] });
  writeFileSync(join('dist', name), guard(result.outputFiles[0].text, { compileHint: name !== 'captions.js' }));
}

/**
 * Whatever goes wrong while a file starts — lit's Trusted Types policy refused by a page's
 * CSP, a broken environment — the page gets one clear message, not an uncaught error. The
 * files that start the toolbar carry V8's compile hint: nearly every function runs while a
 * page loads, and Chromium then compiles them off the main thread while the file downloads.
 */
function guard(source, { compileHint }) {
  const start = '"use strict";(()=>{';
  const end = source.lastIndexOf('})();');
  if (!source.startsWith(start) || end < 0) throw new Error('build-embed: unexpected IIFE shape, cannot guard it');
  const guarded = `${start.replace('(', 'try{(')}${source.slice(start.length, end)}})()}catch(e){console.error("[Reachable] could not start"+(/trusted.?types|createPolicy|lit-html/i.test(e?.message)?": the page's Content-Security-Policy must allow the Trusted Types policy lit-html (trusted-types lit-html 'allow-duplicates')":""),e)}${source.slice(end + 5)}`;
  return compileHint ? `//# allFunctionsCalledOnLoad\n${guarded}` : guarded;
}

const sizes = Object.fromEntries(Object.keys(chunks.metafile.outputs).map((file) => [relative('dist', file), readFileSync(file).length]));
console.log(`build-embed: from the first file: ${JSON.stringify(Object.fromEntries([...used].map(([k, v]) => [k, [...v]])))}`);
console.log(`build-embed: first file ${Buffer.byteLength(code)} B; ${Object.keys(table).length} on-demand modules; chunks ${JSON.stringify(sizes)}`);
