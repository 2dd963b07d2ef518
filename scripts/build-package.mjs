// Builds the package in the current directory.
//   library (default): unbundled ESM, one file per source module, so `sideEffects`
//     can name the registration modules exactly and bundlers tree-shake per feature.
//     dist/      production: `if (__DEV__)` branches removed
//     dist/dev/  development (the `development` export condition): warnings kept
//     *.d.ts     from tsc, next to the production files
//   --iife: one self-contained, minified script for a <script> tag.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'tsup';
import { minifyTemplates } from './minify-templates.mjs';

const iife = process.argv.includes('--iife');
rmSync('dist', { recursive: true, force: true });

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  config: false,
  tsconfig: 'tsconfig.build.json',
  target: 'es2022',
  platform: 'browser',
  dts: false,
};
const constants = (dev) => ({ __DEV__: String(dev), __VERSION__: JSON.stringify(version) });

if (iife) {
  await build({
    ...common,
    // The toolbar bundle, and the optional captions bundle for pages with videos.
    entry: { reachable: 'src/index.ts', captions: 'src/captions.ts' },
    format: 'iife',
    minify: true,
    noExternal: [/.*/],
    define: constants(false),
    outExtension: () => ({ js: '.js' }),
  });
  // Nearly every function of the toolbar bundle runs while a page loads (lit, the
  // store, the first render). V8's compile hint (Chromium 136+; a comment elsewhere)
  // compiles them all while the script downloads, off the main thread, instead of
  // one by one on the main thread when first called: the boot's largest cost.
  // The captions bundle keeps lazy compiling: most of it runs only if a video plays.
  for (const name of ['reachable.js', 'captions.js']) {
    const file = join('dist', name);
    let code = readFileSync(file, 'utf8');
    // Whatever goes wrong while the bundle starts — lit's Trusted Types policy refused by a
    // page's CSP, a broken environment — the page gets one clear message, not an uncaught error.
    const start = '"use strict";(()=>{';
    const end = code.lastIndexOf('})();');
    if (!code.startsWith(start) || end < 0) throw new Error(`${file}: unexpected IIFE shape, cannot guard it`);
    code = `${start.replace('(', 'try{(')}${code.slice(start.length, end)}})()}catch(e){console.error("[Reachable] could not start"+(/trusted.?types|createPolicy|lit-html/i.test(e?.message)?": the page's Content-Security-Policy must allow the Trusted Types policy lit-html (trusted-types lit-html 'allow-duplicates')":""),e)}${code.slice(end + 5)}`;
    writeFileSync(file, name === 'reachable.js' ? `//# allFunctionsCalledOnLoad\n${code}` : code);
  }
} else {
  for (const dev of [false, true]) {
    await build({
      ...common,
      entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.d.ts'],
      format: 'esm',
      bundle: false,
      splitting: false,
      outDir: dev ? 'dist/dev' : 'dist',
      define: constants(dev),
      // Removes the `if (__DEV__)` branches (and their message text) from production files.
      minifySyntax: !dev,
    });
  }
}

// Template literals are copied as written: minify lit's css`` and html`` text in what was built.
// (The IIFE bundles these minified files, and third-party code must not be touched.)
for (const entry of iife ? [] : readdirSync('dist', { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath, entry.name);
  if (!entry.isFile() || !file.endsWith('.js')) continue;
  const source = readFileSync(file, 'utf8');
  const minified = minifyTemplates(source);
  if (minified !== source) writeFileSync(file, minified);
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
