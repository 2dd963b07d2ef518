// What the screen-reader tests need from the system: Orca, Speech Dispatcher
// with its generic module, Xvfb, a D-Bus daemon, the AT-SPI bus launcher and
// Chromium. Nothing here installs or downloads anything.
//   node test/sr/requirements.mjs --require   exits 1 with one line of help when something is missing
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../scripts/chromium.mjs';

/** The Debian packages that provide everything below (Chromium is checked by scripts/chromium.mjs too). */
export const SR_PACKAGES = 'orca speech-dispatcher xvfb dbus at-spi2-core chromium';

export const INSTALL_HINT = `install them (Debian/Ubuntu: sudo apt-get install --no-install-recommends ${SR_PACKAGES})`;

// Where distributions put the AT-SPI bus launcher and Speech Dispatcher's modules.
const AT_SPI_BUS_LAUNCHERS = [
  '/usr/libexec/at-spi-bus-launcher',
  '/usr/lib/at-spi2-core/at-spi-bus-launcher',
  '/usr/lib/at-spi2/at-spi-bus-launcher',
];
const SPEECHD_MODULE_DIRS = [
  '/usr/lib/speech-dispatcher-modules',
  '/usr/libexec/speech-dispatcher-modules',
  '/usr/lib64/speech-dispatcher-modules',
];

/** The path of `command` on $PATH, or undefined. */
export function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, command);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {}
  }
  return undefined;
}

/**
 * The programs the stack runs, by role; a value is undefined when it is missing.
 * `speechdModules` is the folder holding `sd_generic`, handed to Speech Dispatcher with `-m`.
 */
export function findPrograms() {
  return {
    xvfb: which('Xvfb'),
    dbusDaemon: which('dbus-daemon'),
    dbusSend: which('dbus-send'),
    atSpiBusLauncher: AT_SPI_BUS_LAUNCHERS.find((path) => existsSync(path)),
    speechDispatcher: which('speech-dispatcher'),
    speechdModules: SPEECHD_MODULE_DIRS.find((dir) => existsSync(join(dir, 'sd_generic'))),
    orca: which('orca'),
    chromium: findChromium(),
  };
}

const LABELS = {
  xvfb: 'Xvfb',
  dbusDaemon: 'dbus-daemon',
  dbusSend: 'dbus-send',
  atSpiBusLauncher: 'at-spi-bus-launcher',
  speechDispatcher: 'speech-dispatcher',
  speechdModules: "speech-dispatcher's sd_generic module",
  orca: 'orca',
  chromium: 'chromium',
};

/** One line saying what is missing and how to install it, or undefined when nothing is. */
export function missingRequirements() {
  if (process.platform !== 'linux') return 'The screen-reader tests run Orca and need Linux.';
  const programs = findPrograms();
  const missing = Object.entries(programs)
    .filter(([, path]) => !path)
    .map(([role]) => LABELS[role]);
  if (missing.length === 0) return undefined;
  return `The screen-reader tests need ${missing.join(', ')}: ${INSTALL_HINT}.`;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--require')) {
  const problem = missingRequirements();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
