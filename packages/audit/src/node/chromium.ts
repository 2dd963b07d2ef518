// Finds the system's Chromium: the CLI drives it and never downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** $CHROMIUM_PATH if set, else a system install; undefined when there is none. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const MISSING_CHROMIUM =
  'Chromium not found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

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

/** Chromium's background services would try the network, which an audit never needs; nor does it need the browser's own UI. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', `--disable-features=${DISABLED_FEATURES.join(',')}`];
