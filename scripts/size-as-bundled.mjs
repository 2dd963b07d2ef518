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

/** The larger of the IIFE and ESM builds of a site's one-line use of `announce`, in gzip bytes. */
export async function announceAsBundled() {
  const sizes = [];
  for (const format of ['iife', 'esm']) {
    const result = await build({
      // A package that depends on @reachable/core resolves it as a site's node_modules would.
      stdin: { contents: "import { announce } from '@reachable/core';\nannounce('Saved');\n", resolveDir: join(root, 'packages/embed'), loader: 'js' },
      // The repository's tsconfig maps @reachable/* to the sources; a site has no such mapping.
      tsconfigRaw: '{}',
      bundle: true,
      minify: true,
      format,
      write: false,
      logLevel: 'silent',
    });
    sizes.push(gzipSync(result.outputFiles[0].contents, { level: 9 }).length);
  }
  return Math.max(...sizes);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = await announceAsBundled();
  const over = size > ANNOUNCE_BUDGET;
  console.log(`  import { announce } from '@reachable/core', bundled by plain esbuild (minify, gzip -9): ${size} B (budget ${ANNOUNCE_BUDGET} B)${over ? ' OVER' : ''}`);
  if (over) process.exit(1);
}
