// What `import { announce } from '@reachable/core'` costs a site, measured as its own bundler would:
// the published package resolved through its exports (not our sources), bundled by plain esbuild with
// minify and nothing else, in both output formats, gzip -9. size-limit measures the same import but
// takes off what its own wrapper adds, so it reads some 45 B lower; this is the figure a site sees.
// `pnpm size` runs it after size-limit; `pnpm bench` records it.
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
export const ANNOUNCE_BUDGET = 1024;

/**
 * `contents` (a module importing Reachable's packages) bundled from the published files, as a package
 * that depends on them resolves them (not the sources the repository's tsconfig maps), minified, gzip -9.
 */
export async function gzipBundled(contents, options = {}) {
  const result = await build({
    stdin: { contents, resolveDir: join(root, 'packages/embed'), loader: 'ts' },
    tsconfigRaw: '{}',
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'silent',
    ...options,
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

/** The larger of the IIFE and ESM builds of a site's one-line use of `announce`, in gzip bytes. */
export async function announceAsBundled() {
  const use = "import { announce } from '@reachable/core';\nannounce('Saved');\n";
  return Math.max(await gzipBundled(use, { format: 'iife' }), await gzipBundled(use, { format: 'esm' }));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = await announceAsBundled();
  const over = size > ANNOUNCE_BUDGET;
  console.log(`  import { announce } from '@reachable/core', bundled by plain esbuild (minify, gzip -9): ${size} B (budget ${ANNOUNCE_BUDGET} B)${over ? ' OVER' : ''}`);
  if (over) process.exit(1);
}
