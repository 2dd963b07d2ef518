// Finds the Chromium the browser tests drive. Nothing here downloads a browser.
//   node scripts/chromium.mjs --require   exits 1 with one line of help when none is found
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** The Chromium executable: $CHROMIUM_PATH if set, else a system install; undefined when none exists. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags for every Chromium the tests and benchmarks start: its background services would try the network, which none of them needs. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

export const MISSING_CHROMIUM =
  'Chromium not found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable.';

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--require') && !findChromium()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
