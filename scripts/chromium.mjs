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

/**
 * Features Chromium turns off for us. Chromium keeps only the last `--disable-features` it is
 * given, and Playwright passes its own list first, so this one repeats Playwright's (1.65.1, which
 * is pinned; a test fails when Playwright's list holds a name this one lacks) and adds:
 * - the omnibox popup, a web page Chromium 15x preloads in a renderer process of its own for every
 *   window, and every browser context is a window: about 0.45 CPU-s each, which a headless browser
 *   never shows, and which four contexts on two cores pay four times over;
 * - the spare renderer started ahead of each navigation, for a switch of site these pages never make.
 */
const DISABLED_FEATURES = [
  // Playwright's
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter',
  'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin', 'OptimizationHints',
  'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch', 'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
  // ours
  'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'SpareRendererForSitePerProcess',
];

/** Flags for every Chromium the tests and benchmarks start: its background services would try the network, which none of them needs; nor do they need the browser's own UI. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', `--disable-features=${DISABLED_FEATURES.join(',')}`];

export const MISSING_CHROMIUM =
  'Chromium not found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable.';

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--require') && !findChromium()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
