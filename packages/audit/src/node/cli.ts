#!/usr/bin/env node
// reachable-audit <url|file...> [--json FILE] [--html FILE] [--fail-on LEVEL] [--max-pages N] [--concurrency N] [--no-crops]
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { CHECK_GROUPS, type CheckGroup } from '../audit.js';
import { failing } from '../summary.js';
import { SEVERITIES, type Severity } from '../types.js';
import { findChromium, MISSING_CHROMIUM } from './chromium.js';
import { crawl } from './crawl.js';
import { progressBar } from './progress.js';
import { renderHtml, renderTable, type RunResult } from './report.js';
import { inside, serveFolder } from './serve.js';

const HELP = `Usage: reachable-audit <url|file...> [options]

Audits web pages for their own accessibility defects (axe-core's WCAG 2.2 A/AA rules and
checks axe lacks, including whether the page survives larger text, spacing, zoom, a
320 px viewport and high-contrast colours), in Chromium.

Options:
  --json FILE          write every finding as JSON, with screenshot crops
  --html FILE          write a self-contained HTML report with screenshot crops
  --no-crops           take no screenshot crops (faster; reports then show none)
  --fail-on LEVEL      exit 1 if a finding is at or above LEVEL: minor, moderate, serious, critical
  --max-pages N        crawl: audit up to N pages, following same-origin links (default: the pages given)
  --concurrency N      pages audited at once (default 1)
  --timeout S          seconds a page may take to load (default 30)
  --audit-timeout S    seconds one page's audit may take once loaded (default 120)
  --same-origin-only   refuse requests to other origins (CDNs, analytics, web fonts)
  --root DIR           serve files given from DIR (default: the folder that holds them all)
  --skip GROUPS        leave out groups of checks, comma-separated: ${CHECK_GROUPS.join(', ')}
  --exclude SELECTOR   leave out elements matching a CSS selector (repeatable)
  --quiet              no progress, only the table
  -h, --help           this help

Exit status: 0, or 1 when a finding is at or above --fail-on or a page given could not be
audited, 2 for a usage error or a missing Chromium. Advice never fails a run.`;

const fail = (message: string): never => {
  process.stderr.write(`reachable-audit: ${message}\n`);
  process.exit(2);
};

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      html: { type: 'string' },
      'fail-on': { type: 'string' },
      'max-pages': { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      'audit-timeout': { type: 'string' },
      'same-origin-only': { type: 'boolean', default: false },
      root: { type: 'string' },
      skip: { type: 'string' },
      exclude: { type: 'string', multiple: true },
      quiet: { type: 'boolean', default: false },
      'no-crops': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n\n${HELP}`);
}
const { values, positionals } = args!;
if (values.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
if (!positionals.length) fail(`give at least one URL or file.\n\n${HELP}`);

const failOn = values['fail-on'] as Severity | undefined;
if (failOn && !SEVERITIES.includes(failOn)) fail(`--fail-on must be one of ${SEVERITIES.join(', ')}, not "${failOn}".`);
const whole = (name: string, value: string | undefined, min: number) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) fail(`${name} must be a whole number from ${min}, not "${value}".`);
  return n;
};
const maxPages = whole('--max-pages', values['max-pages'], 1);
const concurrency = whole('--concurrency', values.concurrency, 1) ?? 1;
// Left out, crawl()'s own defaults hold (the help above states them).
const ms = (seconds: number | undefined) => (seconds === undefined ? undefined : seconds * 1000);
const timeout = ms(whole('--timeout', values.timeout, 1));
const auditTimeout = ms(whole('--audit-timeout', values['audit-timeout'], 1));
const skip = (values.skip?.split(',').map((s) => s.trim()).filter(Boolean) ?? []) as CheckGroup[];
for (const group of skip) if (!CHECK_GROUPS.includes(group)) fail(`--skip: unknown group "${group}" (groups: ${CHECK_GROUPS.join(', ')}).`);

for (const arg of positionals) if (!/^[a-z][a-z+.-]*:\/\//i.test(arg) && !existsSync(arg)) fail(`"${arg}" is neither a URL nor an existing file.`);
// Files are served from their common folder on a local server, so they behave as on a site.
const files = positionals.filter((arg) => !/^[a-z][a-z+.-]*:\/\//i.test(arg)).map((arg) => resolve(arg));
let folder = files.length ? dirname(files[0]!) : '';
for (const file of files) while (!inside(folder, file) && folder !== dirname(folder)) folder = dirname(folder);
if (values.root !== undefined) {
  const root = resolve(values.root);
  if (!existsSync(root) || !statSync(root).isDirectory()) fail(`--root: "${values.root}" is not a folder.`);
  const outside = files.find((file) => !inside(root, file));
  if (outside) fail(`--root: "${relative(process.cwd(), outside)}" is not inside "${values.root}".`);
  folder = root;
}
// What the pages asked for and the server did not have, to tell apart a broken link from a page
// reaching above the folder served (../shared/… from a page in a sibling folder).
const missing = new Set<string>();
const server = files.length ? await serveFolder(folder, (path) => missing.add(path)) : undefined;
const urls = positionals.map((arg) => {
  if (/^[a-z][a-z+.-]*:\/\//i.test(arg)) return arg;
  return new URL(relative(folder, resolve(arg)).split(sep).map(encodeURIComponent).join('/'), server!.url).href;
});

const executablePath = findChromium();
if (!executablePath) fail(MISSING_CHROMIUM);


const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const tty = process.stderr.isTTY && !values.quiet;
const log = (line: string) => {
  if (!values.quiet) process.stderr.write(`${line}\n`);
};
let done = 0;
const result = await crawl({
  urls,
  executablePath: executablePath!,
  maxPages,
  concurrency,
  timeout,
  auditTimeout,
  // Crops are for whoever reads a report file: the table printed has no room for them.
  screenshots: !!(values.html || values.json) && !values['no-crops'],
  sameOriginOnly: values['same-origin-only'],
  skip,
  exclude: values.exclude ?? [],
  onEvent(event) {
    // As crawl() counts: --max-pages, never fewer than the pages given.
    const total = Math.max(maxPages ?? urls.length, urls.length, done);
    // On a terminal, one line that is redrawn: the bar, then what the audit is doing and where.
    if (event.type === 'step' && tty) process.stderr.write(`\r\x1b[K${progressBar(done, total)}  ${event.step} (${event.url})`.slice(0, (process.stderr.columns || 100) + 4));
    if (event.type !== 'done' && event.type !== 'error' && event.type !== 'excluded') return;
    if (tty) process.stderr.write('\r\x1b[K');
    if (event.type === 'excluded') return log(`  skipped ${event.url}: ${event.reason}`);
    done++;
    const prefix = `[${done}/${Math.max(total, done)}]`;
    if (event.type === 'error') return log(`${prefix} ✗ ${event.url}: ${event.error}`);
    const f = event.report.findings.filter((x) => !x.advice);
    const worst = SEVERITIES.filter((s) => f.some((x) => x.severity === s)).reverse()[0];
    log(`${prefix} ✓ ${event.url}: ${f.length} finding${f.length === 1 ? '' : 's'}${worst ? ` (worst: ${worst})` : ''}`);
  },
});

await server?.close();
// Files the pages asked for that exist above the folder served: the audit saw the page without them.
const above = [...missing].flatMap((path) => {
  for (let up = dirname(folder), depth = 0; depth < 4 && up !== dirname(up); up = dirname(up), depth++) {
    if (existsSync(join(up, path))) return [{ path, up }];
  }
  return [];
});
if (above.length) {
  const first = above[0]!;
  process.stderr.write(
    `reachable-audit: ${above.length} file${above.length === 1 ? '' : 's'} the pages asked for ${above.length === 1 ? 'is' : 'are'} above the folder served (${relative(process.cwd(), folder) || '.'}), e.g. ${first.path}, ` +
      `so the pages were audited without ${above.length === 1 ? 'it' : 'them'}: serve a higher folder with --root ${relative(process.cwd(), first.up) || '.'}\n`,
  );
}
const run: RunResult = {
  tool: { name: '@reachable/audit', version, axe: result.pages[0]?.tool.axe ?? 'not run' },
  date: new Date().toISOString(),
  pages: result.pages,
  errors: result.errors,
  excluded: result.excluded,
  durationMs: result.durationMs,
};
const write = (file: string, text: string) => {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, text);
  log(`wrote ${file}`);
};
if (values.json) write(values.json, `${JSON.stringify(run, null, 2)}\n`);
if (values.html) write(values.html, renderHtml(run));
process.stdout.write(`${renderTable(run)}\n`);

const failingPages = failOn ? result.pages.filter((p) => failing(p, failOn).length) : [];
const failedStarts = result.errors.filter((e) => e.start);
if (failingPages.length) process.stderr.write(`reachable-audit: ${failingPages.length} page${failingPages.length === 1 ? '' : 's'} with findings at or above "${failOn}".\n`);
if (failedStarts.length) process.stderr.write(`reachable-audit: ${failedStarts.length} page${failedStarts.length === 1 ? '' : 's'} given could not be audited.\n`);
process.exitCode = failingPages.length || failedStarts.length ? 1 : 0;
