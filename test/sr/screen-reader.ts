// What a screen-reader scenario uses: the Chromium that Orca is reading (over
// CDP) and the text Orca speaks. The stack itself is started by test/sr/run.mjs
// (`pnpm test:sr`), which hands its endpoints over in environment variables.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, afterEach, beforeAll } from 'vitest';

export interface ScreenReader {
  /**
   * Loads an example page (a path under examples/) in the tab Orca is reading,
   * waits until Orca has read it and fallen silent, and returns the page.
   */
  open(path: string): Promise<Page>;
  /** Starts listening: the returned Speech holds only what Orca says from now on. */
  listen(): Speech;
}

/** Everything Orca said after a point in time. */
export interface Speech {
  /** What was said, as logged: one utterance per line. */
  raw(): string;
  /** What was said, normalised (see `normalise`), utterances joined by spaces. */
  text(): string;
  /** How many times `phrase` was said (compared normalised). */
  count(phrase: string): number;
}

/** How long a scenario waits for Orca to say something. */
export const SPEECH_TIMEOUT = 5000;

/**
 * Compatibility form, whitespace collapsed: Orca and Speech Dispatcher may turn
 * "，" into "," and split or re-space lines, none of which changes what is heard.
 */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** A word no page contains, to put in a message and listen for. */
export function uniqueToken(prefix = 'token'): string {
  return `${prefix}${Math.floor(Math.random() * 1e9)}`;
}

/**
 * Connects this test file to the stack's browser. Each scenario gets the same
 * tab (Orca follows the active tab; a new tab would start in the address bar).
 */
export function useScreenReader(): ScreenReader {
  let connection: { browser: Browser; page: Page; speechLog: string; examples: string } | undefined;
  const connected = () => {
    if (!connection) throw new Error('The screen-reader stack is not connected.');
    return connection;
  };

  beforeAll(async () => {
    const { REACHABLE_SR_CDP: endpoint, REACHABLE_SR_SPEECH_LOG: speechLog, REACHABLE_SR_EXAMPLES: examples } = process.env;
    if (!endpoint || !speechLog || !examples) {
      throw new Error('Run the screen-reader tests with `pnpm test:sr`: it starts Orca and the browser they need.');
    }
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0];
    if (!context) throw new Error('The stack’s Chromium has no browser context.');
    const page = context.pages()[0] ?? (await context.newPage());
    connection = { browser, page, speechLog, examples };
  });
  // The files share one tab and one origin: a test's choices (even a failed test's) must not reach the next.
  afterEach(async () => {
    await connection?.page.evaluate(() => localStorage.clear()).catch(() => {});
  });
  afterAll(async () => {
    // Only disconnects: the browser belongs to the stack.
    await connection?.browser.close();
  });

  const listen = (): Speech => {
    const { speechLog } = connected();
    return speechSince(speechLog, fileSize(speechLog));
  };

  return {
    listen,
    async open(path) {
      const { page, speechLog, examples } = connected();
      // Orca says so when a page has loaded (in English: the stack runs Orca in
      // the C.UTF-8 locale), then sums it up; wait for that, then for silence.
      // Now and then Orca says "Loading" and never
      // "Finished loading": the page is loaded once more, which it then says.
      for (let attempt = 1; ; attempt++) {
        const heard = listen();
        await page.goto(new URL(path, examples).href);
        await page.bringToFront();
        const loaded = `Finished loading ${await page.title()}`;
        try {
          await waitUntil(() => heard.count(loaded) > 0, 15_000, () => `Orca to say "${loaded}"`, heard);
          break;
        } catch (error) {
          if (attempt === 2) throw error;
        }
      }
      await waitForSilence(speechLog);
      return page;
    },
  };
}

/**
 * Calls `window.Reachable.announce` in the page, as a site's script would (a
 * DevTools evaluation is not subject to the page's CSP). Resolves with what
 * announce resolves: true once the message is in a live region.
 */
export async function announce(page: Page, message: string, options: { politeness?: 'polite' | 'assertive' } = {}): Promise<boolean> {
  return page.evaluate(([text, opts]) => {
    if (!window.Reachable) throw new Error('window.Reachable is missing: is the embed bundle on the page?');
    return window.Reachable.announce(text, opts);
  }, [message, options] as const);
}

/**
 * Waits until Orca has said `phrase` (at least `times` times) in `speech`.
 * Compared after normalising both, so put a unique token in the phrase.
 */
export async function expectSpoken(speech: Speech, phrase: string, { times = 1, timeout = SPEECH_TIMEOUT } = {}): Promise<void> {
  const what = () => `Orca to say "${phrase}"${times > 1 ? ` ${times} times (said ${speech.count(phrase)})` : ''}`;
  await waitUntil(() => speech.count(phrase) >= times, timeout, what, speech);
}

/** Waits `within` ms and fails as soon as Orca says `phrase`. */
export async function expectNotSpoken(speech: Speech, phrase: string, { within = SPEECH_TIMEOUT } = {}): Promise<void> {
  const deadline = performance.now() + within;
  while (performance.now() < deadline) {
    if (speech.count(phrase) > 0) {
      throw new Error(`Expected Orca not to say "${phrase}", but it did. Orca said:\n${indent(speech.raw())}`);
    }
    await sleep(100);
  }
}

/** Resolves when the speech log has not grown for `quietMs` (Orca has finished reading); fails after `timeout`. */
export async function waitForSilence(speechLog: string, { quietMs = 1000, timeout = 20_000 } = {}): Promise<void> {
  const deadline = performance.now() + timeout;
  let size = fileSize(speechLog);
  let quietSince = performance.now();
  while (performance.now() - quietSince < quietMs) {
    if (performance.now() > deadline) throw new Error(`Orca did not fall silent within ${timeout} ms.`);
    await sleep(100);
    const now = fileSize(speechLog);
    if (now !== size) {
      size = now;
      quietSince = performance.now();
    }
  }
}

function speechSince(file: string, offset: number): Speech {
  const raw = () => readFrom(file, offset);
  const text = () => normalise(raw());
  return {
    raw,
    text,
    count(phrase) {
      const wanted = normalise(phrase);
      if (!wanted) throw new Error('Listening for an empty phrase.');
      return text().split(wanted).length - 1;
    },
  };
}

async function waitUntil(done: () => boolean, timeout: number, what: () => string, speech: Speech): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!done()) {
    if (performance.now() > deadline) {
      throw new Error(`Expected ${what()} within ${timeout} ms. Orca said:\n${indent(speech.raw()) || '  (nothing)'}`);
    }
    await sleep(100);
  }
}

function fileSize(file: string): number {
  return statSync(file).size;
}

/** The file's text from byte `offset` on. */
function readFrom(file: string, offset: number): string {
  const length = fileSize(file) - offset;
  if (length <= 0) return '';
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

function indent(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `  | ${line}`)
    .join('\n');
}
