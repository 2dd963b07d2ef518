// Builds @reachable/audit:
//   dist/**.js      the package's modules, unbundled ESM (the API, the CLI and its helpers)
//   dist/in-page.js the auditor as one script, axe-core and @reachable/core's engines
//                   inside, that auditPage() and the CLI evaluate in the audited page
//   *.d.ts          from tsc
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// __DEV__ for @reachable/core's development warnings, off as in its production build.
const define = { __VERSION__: JSON.stringify(version), __DEV__: 'false' };
// This package's tsconfig: the repository's maps @reachable/* to sources, which the bundle must not take.
const tsconfig = 'tsconfig.build.json';

const sources = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts') && !/\.test\.ts$|\.d\.ts$|^(in-page|axe-global)\.ts$/.test(e.name))
  .map((e) => join(e.parentPath, e.name));
await build({ entryPoints: sources, outdir: 'dist', outbase: 'src', format: 'esm', platform: 'neutral', target: 'es2022', define, tsconfig, logLevel: 'warning' });

await build({
  entryPoints: ['src/in-page.ts'],
  outfile: 'dist/in-page.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  define,
  tsconfig,
  // axe-core is evaluated before this script, from its own axe.min.js (see src/axe-global.ts).
  alias: { 'axe-core': './src/axe-global.ts' },
  // Reachable's production engines (no development warnings in the audited page's console).
  conditions: ['default'],
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync('dist/node/cli.js', 0o755);

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
