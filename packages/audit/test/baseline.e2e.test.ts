// An example for a project's own tests (docs/audit.md shows it): audit a page with
// Playwright and fail only on serious findings that are not in the baseline of
// defects already known. Known defects can be fixed at their own pace; new ones
// cannot slip in.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from '@reachable/audit/playwright';
import { failing, fingerprints, newFindings } from '@reachable/audit/report';
import { CHROMIUM_ARGS, findChromium } from '../src/node/chromium.js';

const page = readFileSync(new URL('./fixtures/names.html', import.meta.url), 'utf8');

/** What a project's test would do: the new serious defects, as readable lines. */
async function newSeriousDefects(tab: Page, baseline: string[]): Promise<string[]> {
  const report = await auditPage(tab, { skip: ['aids'] });
  return failing({ findings: newFindings(report, baseline) }, 'serious').flatMap((f) => f.elements.map((e) => `${f.rule}: ${e.selector}`));
}

let browser: Browser;
let baseline: string[];
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
  // The baseline is the known defects' fingerprints (a project keeps them in a JSON file).
  const tab = await browser.newPage();
  await tab.setContent(page);
  baseline = (await auditPage(tab, { skip: ['aids'] })).findings.flatMap(fingerprints);
  await tab.close();
});
afterAll(async () => {
  await browser?.close();
});

describe('a test that fails on new serious findings only', () => {
  it('passes while the page has only the known defects', async () => {
    expect(baseline.length).toBeGreaterThan(0);
    const tab = await browser.newPage();
    await tab.setContent(page);
    expect(await newSeriousDefects(tab, baseline)).toEqual([]);
    await tab.close();
  });

  it('fails when a new serious defect appears', async () => {
    const tab = await browser.newPage();
    await tab.setContent(page.replace('</body>', '<button id="new-icon-button"><svg width="24" height="24"></svg></button></body>'));
    expect(await newSeriousDefects(tab, baseline)).toEqual(['axe/button-name: #new-icon-button']);
    await tab.close();
  });
});
