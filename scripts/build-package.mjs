// Builds the package in the current directory.
//   library (default): unbundled ESM, one file per source module, so `sideEffects`
//     can name the registration modules exactly and bundlers tree-shake per feature.
//     dist/      production: `if (__DEV__)` branches removed
//     dist/dev/  development (the `development` export condition): warnings kept
//     *.d.ts     from tsc, next to the production files
//   --iife: the script tag's files (scripts/build-embed.mjs).
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
  // The script tag's files: the first file, the chunks it loads on demand, and the one-file builds.
  execFileSync(process.execPath, [join(import.meta.dirname, 'build-embed.mjs')], { stdio: 'inherit' });
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
