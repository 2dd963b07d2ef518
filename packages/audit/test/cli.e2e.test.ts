// The CLI end to end: two real third-party templates from npm (Start Bootstrap's
// SB Admin, Bootstrap 5; and Bulma Templates' landing and admin pages, another
// framework and author), a site crawled with its troubles, exit statuses, and the
// HTML report checked with axe-core.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../src/node/chromium.js';
import type { RunResult } from '../src/node/report.js';
import { runCli } from './cli.js';
import { serveSite } from './site.mjs';

const require = createRequire(import.meta.url);
const template = join(dirname(require.resolve('startbootstrap-sb-admin/package.json')), 'dist');
const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'reachable-audit-'));
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as RunResult;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe('a Bootstrap template from npm, audited end to end', () => {
  let run: { code: number | null; stdout: string; stderr: string };
  beforeAll(async () => {
    run = await runCli([join(template, 'index.html'), '--same-origin-only', '--json', join(out, 'sb.json'), '--html', join(out, 'sb.html'), '--fail-on', 'critical']);
  }, 120_000);

  it("finds the template's own defects, with who they hurt and the standards", () => {
    const [page] = readJson(join(out, 'sb.json')).pages;
    const rules = page!.findings.map((f) => f.rule);
    // The icon-only sidebar toggle and search button have no name; the grey footer text lacks contrast.
    expect(rules).toEqual(expect.arrayContaining(['axe/button-name', 'axe/color-contrast', 'reflow', 'target-size-enhanced']));
    const button = page!.findings.find((f) => f.rule === 'axe/button-name')!;
    expect(button.elements.map((e) => e.selector)).toEqual(expect.arrayContaining(['#sidebarToggle', '#btnNavbarSearch']));
    expect(button).toMatchObject({ severity: 'critical', wcag: ['4.1.2'], gb: ['兼容性 · 兼容 (≙ WCAG 2.0 4.1.2)'] });
    expect(button.elements[0]!.image).toMatch(/^data:image\/jpeg;base64,/);
  });

  it('prints a table and the honest summary, and fails on critical findings', () => {
    expect(run.stdout).toMatch(/^page\s+critical\s+serious\s+moderate\s+minor\s+advice$/m);
    expect(run.stdout).toMatch(/^\/\s+[1-9]/m); // …/index.html is audited as its folder
    expect(run.stdout).toMatch(/^WCAG 2\.2 \(levels A and AA\): \d+ of \d+ applicable automated checks passed/m);
    expect(run.stdout).toContain('This is not a statement of conformance');
    expect(run.stdout).not.toMatch(/\bcomplian/i);
    expect(run.stderr).toMatch(/1 page with findings at or above "critical"/);
    expect(run.code).toBe(1);
  });

  it('writes an HTML report that itself passes axe-core, and filters by standard and by who is affected', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${join(out, 'sb.html')}`);
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]); // self-contained

    const shown = () => page.textContent('#shown');
    const total = await page.locator('.finding').count();
    expect(await shown()).toBe(`${total} of ${total} findings shown`);
    // Only GB/T 37668: findings mapped to it alone stay (target-size-enhanced maps to WCAG 2.5.5 only).
    await page.getByLabel('WCAG 2.2 (levels A and AA)').uncheck();
    await page.getByLabel('MIIT aging-friendly design (适老化通用设计规范)').uncheck();
    const gbOnly = await page.locator('.finding:not([hidden])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.standards));
    expect(gbOnly.length).toBeGreaterThan(0);
    expect(gbOnly.length).toBeLessThan(total);
    expect(gbOnly.every((s) => s!.split(' ').includes('gb'))).toBe(true);
    // Then only what hurts deaf people: nothing on this page.
    await page.getByLabel('WCAG 2.2 (levels A and AA)').check();
    for (const label of ['Blind people (screen readers)', 'People with low vision', 'Older people', 'People with dyslexia or reading difficulties', 'People who use a keyboard or switch, or have unsteady hands']) {
      await page.getByLabel(label).uncheck();
    }
    expect(await shown()).toBe(`0 of ${total} findings shown`);
    await page.close();
  });
});

describe('a Bulma template from npm, audited end to end', () => {
  // Its pages take Bulma from a CDN, which a test cannot reach: the same release from npm is put
  // beside them (with the CDN's integrity hash, which names the minified file, left out).
  const folder = mkdtempSync(join(tmpdir(), 'reachable-audit-bulma-'));
  const from = dirname(require.resolve('bulma-templates/package.json'));
  const pages = ['landing', 'admin'];
  let run: { code: number | null; stdout: string; stderr: string };
  beforeAll(async () => {
    mkdirSync(join(folder, 'templates'));
    mkdirSync(join(folder, 'css'));
    copyFileSync(require.resolve('bulma/css/bulma.css'), join(folder, 'css/bulma.css'));
    for (const name of pages) {
      copyFileSync(join(from, `css/${name}.css`), join(folder, `css/${name}.css`));
      const html = readFileSync(join(from, `templates/${name}.html`), 'utf8');
      const local = html.replace(/<link rel="stylesheet" href="https:\/\/cdnjs\.cloudflare\.com\/ajax\/libs\/bulma\/[^"]+"[^>]*>/, '<link rel="stylesheet" href="../css/bulma.css">');
      expect(local).not.toBe(html);
      writeFileSync(join(folder, `templates/${name}.html`), local);
    }
    run = await runCli([...pages.map((name) => join(folder, `templates/${name}.html`)), '--same-origin-only', '--json', join(out, 'bulma.json'), '--fail-on', 'critical']);
  }, 120_000);

  it("finds each page's own defects", () => {
    const [landing, admin] = readJson(join(out, 'bulma.json')).pages;
    const on = (report: typeof landing, rule: string) => report!.findings.find((f) => f.rule === rule);
    expect(landing!.url).toMatch(/\/landing\.html$/);
    // Neither page says its language; the landing page's logo is named "Logo", which read aloud says nothing.
    for (const page of [landing, admin]) expect(on(page, 'axe/html-has-lang')?.elements.map((e) => e.selector)).toEqual(['html']);
    expect(on(landing, 'accessible-name-meaningless')?.elements.map((e) => e.snippet).join(' ')).toContain('alt="Logo"');
    // The admin page's two search fields have a placeholder and no label.
    const label = on(admin, 'axe/label')!;
    expect(label).toMatchObject({ severity: 'critical', wcag: expect.arrayContaining(['4.1.2']) });
    expect(label.elements.map((e) => e.snippet)).toEqual([expect.stringContaining('<input'), expect.stringContaining('<input')]);
    expect(on(landing, 'axe/label')).toBeUndefined();
    // --json alone has the screenshot crops too.
    expect(label.elements.map((e) => e.image)).toEqual([expect.stringMatching(/^data:image\/jpeg;base64,/), expect.stringMatching(/^data:image\/jpeg;base64,/)]);
  });

  it('fails on the admin page alone, which has a critical finding', () => {
    expect(run.stdout).toMatch(/^\/landing\.html\s+0\s/m);
    expect(run.stdout).toMatch(/^\/admin\.html\s+[1-9]/m);
    expect(run.stderr).toMatch(/1 page with findings at or above "critical"/);
    expect(run.code).toBe(1);
  });
});

describe('crawling a site', () => {
  it('audits the linked same-origin pages, gives one line per page it cannot audit, respects robots.txt and keeps going', async () => {
    const site = await serveSite({ pages: 20, slowMs: 1500 });
    try {
      const json = join(out, 'crawl.json');
      const run = await runCli([`${site.url}page-1.html`, '--max-pages', '40', '--concurrency', '4', '--timeout', '8', '--skip', 'aids', '--json', json]);
      const result = readJson(json);
      const audited = result.pages.map((p) => new URL(p.url).pathname).sort();
      expect(audited).toEqual([...Array.from({ length: 20 }, (_, i) => `/page-${i + 1}.html`), '/slow.html'].sort());
      const errors = Object.fromEntries(result.errors.map((e) => [new URL(e.url).pathname, e.error]));
      expect(errors).toEqual({
        '/missing.html': 'HTTP 404 Not Found',
        '/loop': 'redirect loop (too many redirects)',
        '/hangs.html': 'did not finish loading within 8 s',
        '/report.pdf': 'not HTML (application/pdf)',
      });
      expect(result.excluded).toEqual([{ url: `${site.url}private/staff.html`, reason: 'robots.txt' }]);
      expect(site.requests.get('/private/staff.html')).toBeUndefined();
      expect([...site.requests.keys()].some((p) => p.includes('elsewhere'))).toBe(false);
      // One line each, in the progress and the table.
      for (const [path, error] of Object.entries(errors)) {
        expect(run.stderr).toContain(`✗ ${site.url}${path.slice(1)}: ${error}`);
        expect(run.stdout).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}\\s+not audited: ${error.replace(/[()]/g, '\\$&')}$`, 'm'));
      }
      // Small print on every fifth page is found on each of them.
      expect(result.pages.filter((p) => p.findings.some((f) => f.rule === 'text-size')).map((p) => new URL(p.url).pathname).sort()).toEqual(['/page-10.html', '/page-15.html', '/page-20.html', '/page-5.html']);
      // Broken links of crawled pages do not fail the run; no --fail-on, no failure.
      expect(run.code).toBe(0);
    } finally {
      await site.close();
    }
  }, 180_000);

  it('fails when a page given on the command line cannot be audited', async () => {
    const site = await serveSite({ pages: 2 });
    try {
      const run = await runCli([`${site.url}missing.html`, '--quiet']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('1 page given could not be audited');
    } finally {
      await site.close();
    }
  }, 60_000);
});

describe('exit statuses and usage', () => {
  it('--fail-on counts findings at or above the level, never advice', async () => {
    const page = join(fixtures, 'text.html');
    // text.html has moderate findings (small text, tight lines) and advice, nothing serious.
    expect((await runCli([page, '--quiet', '--skip', 'aids,focus', '--fail-on', 'serious'])).code).toBe(0);
    expect((await runCli([page, '--quiet', '--skip', 'aids,focus', '--fail-on', 'moderate'])).code).toBe(1);
  }, 60_000);

  it('gives up on an audit that takes longer than --audit-timeout, with one line, and fails for a page given', async () => {
    // 3,000 paragraphs with a link each: auditing them takes several seconds.
    const big = join(out, 'big.html');
    writeFileSync(big, `<!doctype html><html lang="en"><title>Big</title><main>${'<p>Text with <a href="#x">a link</a>.</p>'.repeat(3000)}</main></html>`);
    const run = await runCli([big, '--audit-timeout', '1']);
    expect(run.stderr).toMatch(/✗ .*: the audit did not finish within 1 s$/m);
    expect(run.stderr).toMatch(/1 page given could not be audited/);
    expect(run.code).toBe(1);
  }, 60_000);

  it('says when a page reaches above the folder served, and --root serves a higher one', async () => {
    // site/page/index.html takes its captions from site/shared/, as pages of one site share files.
    const site = mkdtempSync(join(tmpdir(), 'reachable-audit-site-'));
    mkdirSync(join(site, 'page'));
    mkdirSync(join(site, 'shared'));
    writeFileSync(join(site, 'shared/captions.vtt'), 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n');
    writeFileSync(
      join(site, 'page/index.html'),
      '<!doctype html><html lang="en"><title>Talk</title><main><h1>Talk</h1><video controls width="320" height="180"><track kind="captions" src="../shared/captions.vtt" srclang="en" label="English"></video></main></html>',
    );
    const rules = (file: string) => readJson(file).pages[0]!.findings.map((f) => f.rule);
    const alone = await runCli([join(site, 'page/index.html'), '--skip', 'aids,focus', '--json', join(out, 'alone.json')]);
    expect(rules(join(out, 'alone.json'))).toContain('caption-track-broken');
    expect(alone.stderr).toMatch(/reachable-audit: 1 file the pages asked for is above the folder served \(.*page\), e.g. \/shared\/captions\.vtt, .*--root .*reachable-audit-site-\w+$/m);
    const rooted = await runCli([join(site, 'page/index.html'), '--root', site, '--skip', 'aids,focus', '--json', join(out, 'rooted.json')]);
    expect(rules(join(out, 'rooted.json'))).not.toContain('caption-track-broken');
    expect(rooted.stderr).not.toContain('above the folder served');
    const outside = await runCli([join(site, 'page/index.html'), '--root', join(site, 'shared')]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^reachable-audit: --root: ".*index\.html" is not inside ".*shared"\.$/m);
  }, 60_000);

  it('--no-crops leaves the screenshots out of the report', async () => {
    const json = join(out, 'no-crops.json');
    expect((await runCli([join(fixtures, 'text.html'), '--quiet', '--skip', 'aids,focus', '--json', json, '--no-crops'])).code).toBe(0);
    const elements = readJson(json).pages[0]!.findings.flatMap((f) => f.elements);
    expect(elements.length).toBeGreaterThan(0);
    expect(elements.filter((e) => e.image)).toEqual([]);
  }, 60_000);

  it('says in one line what is wrong with the command, with status 2', async () => {
    const bad = await runCli(['x.html', '--fail-on', 'bad']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('reachable-audit: --fail-on must be one of minor, moderate, serious, critical, not "bad".');
    const missing = await runCli([join(fixtures, 'text.html')], { CHROMIUM_PATH: '/nowhere/chromium' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('reachable-audit: Chromium not found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.\n');
  });
});
