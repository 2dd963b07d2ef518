// Finds the browser engines the tests drive: Chromium, Firefox and WebKit, as
// the system installed them. Nothing here downloads a browser or a driver.
//   node scripts/engines.mjs            prints which engines the tests will use, and how to install the others
//   node scripts/engines.mjs --require  the same, then exits 1 when Chromium is missing, or, under CI=true, any engine
//   node scripts/engines.mjs --has webkit  exits 0 when that engine is installed, 1 (saying how to install it) when not
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';

/** @typedef {'chromium' | 'firefox' | 'webkit'} EngineName */
/** @typedef {{ chromium: string }} ChromiumFound */
/** @typedef {{ firefox: string }} FirefoxFound */
/** @typedef {{ webdriver: string, minibrowser: string, xvfb: string }} WebKitFound */

/** @type {EngineName[]} */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

const first = (/** @type {string[]} */ paths) => paths.find((path) => existsSync(path));
/** $NAME if set (undefined when it names nothing), else the first of `paths` that exists. */
const fromEnvOr = (/** @type {string} */ name, /** @type {string[]} */ paths) => {
  const fromEnv = process.env[name];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return first(paths);
};

/** Firefox (Debian's firefox-esr): $FIREFOX_PATH, else a system install. Driven over WebDriver BiDi, which Firefox itself serves. */
export function findFirefox() {
  return fromEnvOr('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox']);
}

/** WebKitGTK's MiniBrowser, which its WebDriver (WebKitWebDriver) starts: $MINIBROWSER_PATH, else the install's own folder. */
export function findMiniBrowser() {
  const libDirs = ['/usr/lib', '/usr/libexec', '/usr/lib64'];
  const candidates = [];
  for (const lib of libDirs) {
    // /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser on Debian, /usr/libexec/webkit2gtk-4.1/MiniBrowser elsewhere.
    const dirs = [lib, ...safeList(lib).filter((name) => name.endsWith('-linux-gnu')).map((name) => `${lib}/${name}`)];
    for (const dir of dirs) {
      for (const name of safeList(dir).filter((n) => /^webkit(2)?gtk-[\d.]+$/.test(n)).sort().reverse()) candidates.push(`${dir}/${name}/MiniBrowser`);
    }
  }
  return fromEnvOr('MINIBROWSER_PATH', candidates);
}

function safeList(/** @type {string} */ dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Each engine's programs, or undefined when something it needs is missing.
 * @returns {{ chromium?: ChromiumFound, firefox?: FirefoxFound, webkit?: WebKitFound }}
 */
export function findEngines() {
  const chromium = findChromium();
  const firefox = findFirefox();
  const webdriver = fromEnvOr('WEBKIT_WEBDRIVER_PATH', ['/usr/bin/WebKitWebDriver', '/usr/libexec/WebKitWebDriver']);
  const minibrowser = findMiniBrowser();
  const xvfb = first(['/usr/bin/Xvfb']);
  return {
    chromium: chromium ? { chromium } : undefined,
    firefox: firefox ? { firefox } : undefined,
    webkit: webdriver && minibrowser && xvfb ? { webdriver, minibrowser, xvfb } : undefined,
  };
}

/** How to install each engine (Debian/Ubuntu), and the variables that point at one installed elsewhere. */
export const INSTALL = {
  chromium: 'sudo apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)',
  firefox: 'sudo apt-get install firefox-esr (or set FIREFOX_PATH)',
  webkit: 'sudo apt-get install webkit2gtk-driver xvfb (or set WEBKIT_WEBDRIVER_PATH and MINIBROWSER_PATH)',
};

/** A one-line version of an engine, for the log; '' when it cannot be read. */
export function engineVersion(/** @type {EngineName} */ name) {
  const engines = findEngines();
  const run = (/** @type {string} */ file, /** @type {string[]} */ args) => {
    try {
      return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim().split('\n').pop() ?? '';
    } catch {
      return '';
    }
  };
  if (name === 'chromium' && engines.chromium) return run(engines.chromium.chromium, ['--version']).replace(/ built on .*/, '');
  if (name === 'firefox' && engines.firefox) return run(engines.firefox.firefox, ['--version']);
  if (name === 'webkit' && engines.webkit) {
    const version = run('dpkg-query', ['--showformat=${Version}', '--show', 'webkit2gtk-driver']);
    return version ? `WebKitGTK ${version}` : 'WebKitGTK';
  }
  return '';
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--has')) {
  const name = /** @type {EngineName} */ (process.argv[process.argv.indexOf('--has') + 1]);
  if (!ENGINES.includes(name)) throw new Error(`--has takes one of ${ENGINES.join(', ')}`);
  if (!findEngines()[name]) {
    console.error(`${name} is not installed: ${INSTALL[name]}`);
    process.exit(1);
  }
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const engines = findEngines();
  const missing = ENGINES.filter((name) => !engines[name]);
  const found = ENGINES.filter((name) => engines[name]);
  console.log(`Browser tests will run in: ${found.map((name) => `${name} (${engineVersion(name) || 'installed'})`).join(', ') || 'no engine'}`);
  for (const name of missing) console.log(`${name}: not installed, its tests will not run; install it: ${INSTALL[name]}`);
  if (process.argv.includes('--require')) {
    const ci = process.env.CI === 'true' || process.env.CI === '1';
    const required = ci ? missing : missing.filter((name) => name === 'chromium');
    if (required.length) {
      console.error(`${ci ? 'CI requires every engine' : 'Chromium is required'}; missing: ${required.join(', ')}.`);
      process.exit(1);
    }
  }
}
