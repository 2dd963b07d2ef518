// Runs the screen-reader tests: starts the examples server and the stack of
// test/sr/stack.mjs (Orca reading Chromium under Xvfb), runs the scenarios with
// vitest.sr.config.ts against them, then stops everything it started.
//   node test/sr/run.mjs [vitest arguments, e.g. a file filter]
// The run folder (speech log, Orca's debug log, every program's output) is
// removed when all scenarios pass and kept, with its path printed, otherwise
// (or always, with REACHABLE_SR_KEEP=1).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { serveExamples } from '../../scripts/serve.mjs';
import { findPrograms, missingRequirements } from './requirements.mjs';
import { startStack } from './stack.mjs';

const root = resolve(import.meta.dirname, '../..');
const EMBED = join(root, 'packages/embed/dist/reachable.js');

const problem = missingRequirements();
if (problem) fail(problem);
if (!existsSync(EMBED)) fail('The packages are not built: run `pnpm build` first (or use `pnpm test:sr`, which does).');

const programs = findPrograms();
console.log(`== screen-reader tier: ${versions(programs)}`);

const runDir = mkdtempSync(join(tmpdir(), 'reachable-sr-'));
let vitest;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = true;
    vitest?.kill('SIGTERM');
  });
}

let passed = false;
let server;
let stack;
try {
  server = await serveExamples({ port: 0 });
  stack = await startStack({ runDir, programs, log: (line) => console.log(`   ${line}`) });
  console.log(`== stack up in ${(stack.startupMs / 1000).toFixed(1)} s`);
  if (!interrupted) {
    const vitestBin = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
    vitest = spawn(process.execPath, [vitestBin, 'run', '--config', 'vitest.sr.config.ts', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        REACHABLE_SR_CDP: stack.cdpEndpoint,
        REACHABLE_SR_SPEECH_LOG: stack.speechLog,
        REACHABLE_SR_EXAMPLES: server.url,
      },
    });
    const code = await new Promise((done) => vitest.once('exit', (exitCode) => done(exitCode)));
    passed = code === 0 && !interrupted;
  }
} catch (error) {
  console.error(`The screen-reader stack failed: ${error instanceof Error ? error.message : error}`);
} finally {
  try {
    if (stack) {
      const stopping = performance.now();
      await stack.stop();
      console.log(`== stack stopped in ${((performance.now() - stopping) / 1000).toFixed(1)} s`);
    }
  } catch (error) {
    passed = false;
    console.error(error instanceof Error ? error.message : error);
  }
  await server?.close();
}

const keep = !passed || process.env.REACHABLE_SR_KEEP === '1';
if (!keep) {
  rmSync(runDir, { recursive: true, force: true });
} else {
  // The browser profile and caches are large and tell nothing: keep the logs only.
  for (const dir of ['chromium-profile', 'home', 'tmp', 'runtime']) rmSync(join(runDir, dir), { recursive: true, force: true });
  const which = passed ? '' : interrupted ? ' of the interrupted run' : ' of the failed run';
  console.error(`Screen-reader artefacts${which} kept in ${runDir} (speech.log: what Orca said; orca-debug.log; logs/: each program's output)`);
}
process.exit(passed ? 0 : interrupted ? 130 : 1);

/** Prints one line and exits 1. */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/** "Orca 43.1, Speech Dispatcher 0.11.4, Chromium 1xx", for the log; a version that cannot be read is left out. */
function versions({ orca, speechDispatcher, chromium }) {
  const firstLine = (command, pattern) => {
    try {
      return execFileSync(command, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 })
        .split('\n')
        .find((line) => pattern.test(line))
        ?.match(pattern)?.[0];
    } catch {
      return undefined;
    }
  };
  return [
    ['Orca', firstLine(orca, /\d+(\.\d+)+/)],
    ['Speech Dispatcher', firstLine(speechDispatcher, /\d+(\.\d+)+/)],
    ['Chromium', firstLine(chromium, /\d+(\.\d+)+/)],
  ]
    .filter(([, version]) => version)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
}
