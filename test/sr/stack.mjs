// The screen-reader stack: Orca reading Chromium on a virtual X display, with
// Orca's speech written to a text file instead of a sound card.
//
//   Xvfb → private session D-Bus → AT-SPI bus → Speech Dispatcher (a "capture"
//   module that appends each utterance to speech.log) → Orca → Chromium (CDP)
//
// Everything lives in one run folder: HOME, the XDG folders, sockets, settings
// and logs. Each program runs in its own process group with a marker variable
// in its environment, so stop() ends exactly what this stack started, including
// helpers that D-Bus activates on the private buses, and nothing else.
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const run = promisify(execFile);

/** The variable whose value (the run folder) marks every process of one stack. */
const MARKER = 'REACHABLE_SR_RUN';
/** The variable holding the PID of the process that started the stack. */
const OWNER = 'REACHABLE_SR_OWNER';

/**
 * @typedef {ReturnType<typeof import('./requirements.mjs').findPrograms>} Programs
 * @typedef {{ name: string, child: import('node:child_process').ChildProcess, exited: Promise<void> }} Started
 * @typedef {object} Stack
 * @property {string} speechLog   what Orca said, one utterance per line
 * @property {string} orcaDebugLog Orca's debug log (block-buffered: complete only after stop)
 * @property {string} cdpEndpoint  Chromium's DevTools endpoint, for playwright's connectOverCDP
 * @property {number} startupMs    how long the stack took to come up
 * @property {() => Promise<void>} stop ends every process of the stack; safe to call twice
 */

/**
 * Starts the stack in `runDir` (an empty folder). If any step fails, whatever
 * was started is stopped before the error is thrown.
 * @param {{ runDir: string, programs: Programs, log?: (line: string) => void }} options
 * @returns {Promise<Stack>}
 */
export async function startStack({ runDir, programs, log = () => {} }) {
  // The run folder's path goes into a shell command and config files: keep it plain.
  if (!/^[\w./+-]+$/.test(runDir)) {
    throw new Error(`The run folder ${runDir} has characters the stack cannot quote: set TMPDIR to a plain path.`);
  }
  const began = performance.now();
  const paths = {
    home: join(runDir, 'home'),
    runtime: join(runDir, 'runtime'),
    logs: join(runDir, 'logs'),
    speechd: join(runDir, 'speechd'),
    speechdSocket: join(runDir, 'speechd.sock'),
    sessionBus: join(runDir, 'session-bus'),
    orcaPrefs: join(runDir, 'orca'),
    chromiumProfile: join(runDir, 'chromium-profile'),
    speechLog: join(runDir, 'speech.log'),
    orcaDebugLog: join(runDir, 'orca-debug.log'),
  };
  for (const dir of [paths.home, paths.logs, paths.speechd, paths.orcaPrefs, paths.chromiumProfile]) {
    mkdirSync(dir, { recursive: true });
  }
  mkdirSync(paths.runtime, { mode: 0o700 });
  writeFileSync(paths.speechLog, '');

  // A small, fixed environment, so nothing of the caller's desktop session
  // (its D-Bus, display, screen reader or locale) leaks into the stack.
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    PATH: process.env.PATH,
    HOME: paths.home,
    XDG_CONFIG_HOME: join(paths.home, '.config'),
    XDG_CACHE_HOME: join(paths.home, '.cache'),
    XDG_DATA_HOME: join(paths.home, '.local/share'),
    XDG_STATE_HOME: join(paths.home, '.local/state'),
    XDG_RUNTIME_DIR: paths.runtime,
    TMPDIR: join(runDir, 'tmp'),
    // English messages from Orca, and UTF-8 everywhere.
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    // GSettings in memory: no dconf service, no writes outside the run folder.
    GSETTINGS_BACKEND: 'memory',
    [MARKER]: runDir,
    [OWNER]: String(process.pid),
  };
  mkdirSync(/** @type {string} */ (env.TMPDIR));

  /** @type {Started[]} */
  const started = [];
  let stopping;
  const stop = () => (stopping ??= stopAll(started, runDir));

  /**
   * Starts a program in its own process group, its output going to logs/<name>.log.
   * @param {string} name
   * @param {string} command
   * @param {string[]} args
   * @param {{ extraFd?: boolean }} [options] open a pipe as file descriptor 3 (for Xvfb's and D-Bus's "ready" lines)
   */
  const start = (name, command, args, { extraFd = false } = {}) => {
    const output = openSync(join(paths.logs, `${name}.log`), 'a');
    const child = spawn(command, args, {
      env,
      detached: true,
      stdio: extraFd ? ['ignore', output, output, 'pipe'] : ['ignore', output, output],
    });
    closeSync(output);
    const exited = new Promise((resolve) => child.once('exit', () => resolve(undefined)));
    // A spawn failure (ENOENT) also ends in 'exit'; keep it from becoming an unhandled error.
    child.on('error', (error) => appendLog(paths.logs, name, `spawn error: ${error.message}`));
    started.push({ name, child, exited });
    return child;
  };

  /** Waits until `check` returns a truthy value, failing with `what` after `ms`, or as soon as `child` exits. */
  const waitFor = async (what, check, ms, child) => {
    const deadline = performance.now() + ms;
    for (;;) {
      const value = await check();
      if (value) return value;
      if (child && child.exitCode !== null) throw new Error(`${what}: the program exited (${child.exitCode}); see ${paths.logs}`);
      if (child && child.signalCode !== null) throw new Error(`${what}: the program was killed (${child.signalCode}); see ${paths.logs}`);
      if (performance.now() > deadline) throw new Error(`${what}: not ready after ${ms} ms; see ${paths.logs}`);
      await sleep(50);
    }
  };

  try {
    // A run that was killed outright (SIGKILL) could not stop its stack, and its
    // Orca would keep this one from starting.
    const stale = await stopStaleStacks();
    if (stale.length > 0) log(`stopped ${stale.length} processes left by an earlier run whose runner had died`);

    // 1. The X display. -displayfd picks a free display number and writes it on fd 3.
    const xvfb = start('xvfb', /** @type {string} */ (programs.xvfb), ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], { extraFd: true });
    const display = await waitFor('Xvfb', () => firstLine(xvfb), 10_000, xvfb);
    env.DISPLAY = `:${display}`;

    // 2. A private session bus (it prints its address on fd 3 once it listens).
    const dbus = start(
      'dbus-daemon',
      /** @type {string} */ (programs.dbusDaemon),
      ['--session', '--nofork', '--nopidfile', `--address=unix:path=${paths.sessionBus}`, '--print-address=3'],
      { extraFd: true },
    );
    env.DBUS_SESSION_BUS_ADDRESS = await waitFor('the session D-Bus', () => firstLine(dbus), 10_000, dbus);

    // 3. The accessibility bus, which Chromium and Orca find through the session bus.
    const atspi = start('at-spi-bus-launcher', /** @type {string} */ (programs.atSpiBusLauncher), ['--launch-immediately']);
    await waitFor('the AT-SPI bus', () => nameHasOwner(programs, env, 'org.a11y.Bus'), 10_000, atspi);

    // 4. Speech Dispatcher, whose only module writes speech to speech.log.
    writeSpeechdConfig(paths);
    const speechd = start('speech-dispatcher', /** @type {string} */ (programs.speechDispatcher), [
      '--run-single',
      '--timeout', '0',
      '--config-dir', paths.speechd,
      '--module-dir', /** @type {string} */ (programs.speechdModules),
      '--communication-method', 'unix_socket',
      '--socket-path', paths.speechdSocket,
      '--pid-file', join(paths.speechd, 'speech-dispatcher.pid'),
      '--log-dir', paths.logs,
    ]);
    await waitFor('Speech Dispatcher', () => existsSync(paths.speechdSocket), 10_000, speechd);
    env.SPEECHD_ADDRESS = `unix_socket:${paths.speechdSocket}`;

    // 5. Orca. It refuses to start while another process named orca of this user
    //    exists (even one of a previous run that is not reaped yet), so wait for
    //    those to go; never use --replace, which kills every Orca of the user.
    await waitForNoOtherOrca();
    writeOrcaSettings(paths);
    const orca = start('orca', /** @type {string} */ (programs.orca), ['--user-prefs', paths.orcaPrefs, '--debug-file', paths.orcaDebugLog]);
    // Orca greets ("Screen reader on."): the first line of speech proves the whole speech path works.
    await waitFor('Orca speaking', () => statSync(paths.speechLog).size > 0, 20_000, orca);

    // 6. Chromium, rendering into the virtual display so that AT-SPI sees it.
    //    Port 0: Chromium picks a free port and writes it into DevToolsActivePort.
    writeChromiumPreferences(paths);
    const chromium = start('chromium', /** @type {string} */ (programs.chromium), [
      ...CHROMIUM_ARGS,
      '--force-renderer-accessibility',
      // The Web Speech API's synthesiser speaks through Speech Dispatcher (SPEECHD_ADDRESS above), like Orca:
      // read-aloud's real speech reaches the same log.
      '--enable-speech-dispatcher',
      '--no-sandbox',
      '--no-default-browser-check',
      '--password-store=basic',
      '--window-position=0,0',
      '--window-size=1280,1000',
      `--user-data-dir=${paths.chromiumProfile}`,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      'about:blank',
    ]);
    const activePort = join(paths.chromiumProfile, 'DevToolsActivePort');
    const port = await waitFor(
      'Chromium',
      () => (existsSync(activePort) ? readFileSync(activePort, 'utf8').split('\n')[0]?.trim() : undefined),
      20_000,
      chromium,
    );

    return {
      speechLog: paths.speechLog,
      orcaDebugLog: paths.orcaDebugLog,
      cdpEndpoint: `http://127.0.0.1:${port}`,
      startupMs: performance.now() - began,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Speech Dispatcher's configuration: a single sd_generic module, "capture",
 * that appends each utterance ($DATA, already quoted by the module) as a line of
 * speech.log. libao is only named so the module's audio set-up succeeds on a
 * machine without a sound card; the module never plays anything.
 * @param {{ speechd: string, logs: string, speechLog: string }} paths
 */
function writeSpeechdConfig(paths) {
  mkdirSync(join(paths.speechd, 'modules'), { recursive: true });
  writeFileSync(
    join(paths.speechd, 'speechd.conf'),
    [
      `LogDir "${paths.logs}"`,
      'LogLevel 3',
      'AudioOutputMethod "libao"',
      'AddModule "capture" "sd_generic" "capture.conf"',
      'DefaultModule capture',
      'DefaultLanguage "en"',
      '',
    ].join('\n'),
  );
  // Languages missing from this list would be recoded to ISO-8859-1 (CJK turning into "?").
  const languages = ['c', 'en', 'en-us', 'en-gb', 'zh', 'zh-cn', 'zh-tw', 'zh-hk', 'cmn', 'yue'];
  writeFileSync(
    join(paths.speechd, 'modules', 'capture.conf'),
    [
      // In this file \' is a literal quote: the command is  printf '%s\n' '<text>' >> '<speech.log>'
      `GenericExecuteSynth "printf '%s\\\\n' \\'$DATA\\' >> '${paths.speechLog}'"`,
      // One line per utterance: no splitting into chunks at punctuation or length.
      'GenericMaxChunkLength 1000000',
      'GenericDelimiters "\u0001"',
      ...languages.map((code) => `GenericLanguage "${code}" "${code}" "utf-8"`),
      ...languages.map((code) => `AddVoice "${code}" "MALE1" "${code}"`),
      '',
    ].join('\n'),
  );
}

/**
 * Orca's settings (its user-settings.conf, JSON): the defaults, except that a
 * loaded page is not read from top to bottom. Each scenario then starts from
 * silence once the page is announced, instead of racing a say-all that could
 * also read out text a scenario expects Orca not to speak.
 * @param {{ orcaPrefs: string }} paths
 */
function writeOrcaSettings(paths) {
  const settings = {
    general: {},
    pronunciations: {},
    keybindings: {},
    profiles: { default: { profile: ['Default', 'default'], sayAllOnLoad: false } },
  };
  writeFileSync(join(paths.orcaPrefs, 'user-settings.conf'), `${JSON.stringify(settings, null, 2)}\n`);
}

/**
 * Chromium's profile preferences: no "Translate this page?" bubble, which
 * appears on the Chinese example pages and which Orca would read as an alert.
 * @param {{ chromiumProfile: string }} paths
 */
function writeChromiumPreferences(paths) {
  mkdirSync(join(paths.chromiumProfile, 'Default'), { recursive: true });
  writeFileSync(join(paths.chromiumProfile, 'Default', 'Preferences'), JSON.stringify({ translate: { enabled: false } }));
}

/** Whether the bus name has an owner on the stack's session bus. */
async function nameHasOwner(programs, env, name) {
  try {
    const { stdout } = await run(
      /** @type {string} */ (programs.dbusSend),
      ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', `string:${name}`],
      { env, timeout: 2000 },
    );
    return /boolean true/.test(stdout);
  } catch {
    return false;
  }
}

/** The first line written on a child's fd 3, once there is one. */
function firstLine(child) {
  const pipe = /** @type {import('node:stream').Readable & { text?: string }} */ (child.stdio[3]);
  if (pipe.text === undefined) {
    pipe.text = '';
    pipe.setEncoding('utf8');
    pipe.on('data', (chunk) => (pipe.text += chunk));
  }
  const newline = pipe.text.indexOf('\n');
  return newline > 0 ? pipe.text.slice(0, newline).trim() : undefined;
}

/** PIDs of processes named orca that belong to this user, as Orca's own check (pgrep -u UID -x orca) sees them. */
export function otherOrcas() {
  const uid = process.getuid?.();
  return pidsWhere((pid) => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return /^Name:\torca$/m.test(status) && new RegExp(`^Uid:\\t${uid}\\t`, 'm').test(status);
  });
}

/** Waits up to 10 s for every other Orca of this user to be gone, and fails naming them if they are not. */
async function waitForNoOtherOrca() {
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (otherOrcas().length === 0) return;
    await sleep(100);
  }
  throw new Error(
    `Another Orca of this user is running (pid ${otherOrcas().join(', ')}); Orca allows one per user, so stop it or run the screen-reader tests as another user.`,
  );
}

/** PIDs of live processes carrying this stack's marker in their environment (zombies have none). */
function processesOfRun(runDir) {
  const entry = `${MARKER}=${runDir}`;
  return pidsWhere((pid) => pid !== process.pid && readEnviron(pid).includes(entry));
}

/**
 * Kills the processes of stacks whose starting process no longer exists (they
 * carry the marker, so they were started by this harness). Returns their PIDs.
 */
async function stopStaleStacks() {
  const isAlive = (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
    }
  };
  const stale = pidsWhere((pid) => {
    const environ = readEnviron(pid);
    const owner = environ.find((entry) => entry.startsWith(`${OWNER}=`))?.slice(OWNER.length + 1);
    return environ.some((entry) => entry.startsWith(`${MARKER}=`)) && owner !== undefined && !isAlive(Number(owner));
  });
  for (const pid of stale) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
  // Give the kernel a moment to take them off the process table (Orca checks it).
  if (stale.length > 0) await sleep(500);
  return stale;
}

function readEnviron(pid) {
  return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
}

/** PIDs in /proc for which `test` is true; processes that vanish or cannot be read are skipped. */
function pidsWhere(test) {
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (test(Number(name))) pids.push(Number(name));
    } catch {}
  }
  return pids;
}

/** Sends a signal to a whole process group, ignoring one that is already gone. */
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {}
}

/**
 * Stops the programs in reverse order of starting: SIGTERM to each process
 * group, SIGKILL after a grace period, then SIGKILL to anything left that
 * carries the stack's marker (such as services D-Bus activated, which live in
 * the bus daemon's group or were re-parented).
 * @param {Started[]} started
 * @param {string} runDir
 */
async function stopAll(started, runDir) {
  for (const { name, child, exited } of [...started].reverse()) {
    if (child.pid === undefined) continue;
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child.pid, 'SIGTERM');
      const timedOut = await Promise.race([exited.then(() => false), sleep(5000).then(() => true)]);
      if (timedOut) {
        appendLog(join(runDir, 'logs'), name, '[stack] no exit 5 s after SIGTERM: killed');
        killGroup(child.pid, 'SIGKILL');
      }
      await exited;
    }
    // The leader has gone; others in its group (a module, a bus's services) may not have.
    killGroup(child.pid, 'SIGKILL');
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const left = processesOfRun(runDir);
    if (left.length === 0) return;
    for (const pid of left) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
    await sleep(100);
  }
  throw new Error(`Processes of the screen-reader stack would not stop: ${processesOfRun(runDir).join(', ')}`);
}

function appendLog(logs, name, line) {
  try {
    writeFileSync(join(logs, `${name}.log`), `${line}\n`, { flag: 'a' });
  } catch {}
}
