import { describe, expect, it } from 'vitest';
import { page as browser, userEvent } from 'vitest/browser';
import { useFixturePages } from '../../../test/fixture.js';
import clean from '../test/fixtures/clean.html?raw';
import { contextFor, loadPage } from '../test/page.js';
import { audit } from './audit.js';
import { RULE_IDS } from './rules.js';
import { failing } from './summary.js';

const page = useFixturePages();

describe('audit()', () => {
  it("reports axe-core's findings with who they hurt, their WCAG criterion and the GB/T 37668 requirement", async () => {
    const root = page('#fixture p { font-size: 13px; }', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40"><p>一段太小的正文，年长的读者很难看清楚，需要放大才能阅读。Small body text.</p>');
    const report = await audit(document, { include: root, skip: ['focus', 'aids'] });
    const alt = report.findings.find((f) => f.rule === 'axe/image-alt')!;
    expect(alt).toMatchObject({ severity: 'critical', advice: false, wcag: ['1.1.1'], gb: ['可感知性 · 替代文本 (≙ WCAG 2.0 1.1.1)'] });
    expect(alt.who).toContain('blind');
    expect(alt.elements[0]!.selector).toBe('#fixture > img');
    const small = report.findings.find((f) => f.rule === 'text-size')!;
    expect(small.miit[0]).toMatch(/^字体大小/);
    expect(small.approximate).toContain('miit');
    expect(small.elements[0]!.detail).toBe('13 px');
  });

  it('reports the AAA contrast rule separately, as advice that --fail-on never counts', async () => {
    const root = page('#fixture p { color: #666; background: #fff; font-size: 18px; }', '<p>Grey text passes 4.5:1 but not 7:1.</p>');
    const report = await audit(document, { include: root, skip: ['focus', 'aids'] });
    expect(report.findings.some((f) => f.rule === 'axe/color-contrast')).toBe(false);
    const enhanced = report.findings.find((f) => f.rule === 'axe/color-contrast-enhanced')!;
    expect(enhanced).toMatchObject({ advice: true, wcag: ['1.4.6'] });
    expect(failing(report, 'minor').some((f) => f.rule === 'axe/color-contrast-enhanced')).toBe(false);
  });

  it("leaves Reachable's own UI out of axe-core's audit, but not the page's content it wraps", async () => {
    const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const root = page('', `<reach-test-bar></reach-test-bar><reach-test-wrap><img class="site" src="${gif}" width="40" height="40"></reach-test-wrap><div data-reach-ui><img class="marked" src="${gif}" width="40" height="40"></div>`);
    // Each reach-* element draws its own UI (an image without alt) in its shadow root; the wrapper slots in the page's image.
    for (const host of root.querySelectorAll('reach-test-bar, reach-test-wrap')) {
      host.attachShadow({ mode: 'open' }).innerHTML = `<div class="stage"><slot></slot><img class="own" src="${gif}" width="40" height="40"></div>`;
    }
    const report = await audit(document, { include: root, skip: ['text', 'targets', 'names', 'media', 'motion', 'captcha', 'focus', 'aids'] });
    const alt = report.findings.find((f) => f.rule === 'axe/image-alt');
    expect(alt?.elements.map((e) => e.snippet)).toEqual([expect.stringContaining('class="site"')]);
  });

  it('says what was checked, per standard, and never that a page complies', async () => {
    const root = page('', '<p>Short page.</p>');
    const report = await audit(document, { include: root, skip: ['aids'] });
    expect(report.standards.map((s) => s.standard)).toEqual(['wcag', 'gb', 'miit']);
    for (const s of report.standards) {
      expect(s.sentence).toMatch(new RegExp(`^${s.name.replace(/[()]/g, '\\$&')}: ${s.passed} of ${s.passed + s.failed + s.needsReview} applicable automated checks passed`));
      expect(s.sentence).not.toMatch(/\bcomplian|\bconforms\b|passes GB/i);
      expect(s.sentence).toMatch(/not a statement of conformance/);
      expect(s.manual.length).toBeGreaterThan(0);
    }
    const wcag = report.standards[0]!;
    expect(wcag.checks).toBeGreaterThan(20);
    expect(wcag.manual.find((m) => m.ref.startsWith('WCAG 1.2.2'))).toMatchObject({ automated: 'partly' });
    expect(wcag.manual.find((m) => m.ref.startsWith('WCAG 3.3.4'))).toMatchObject({ automated: 'no' });
    expect(JSON.stringify(report)).not.toMatch(/\bcompliant\b/i);
  });

  it("takes the test runner's real Tab presses and viewport, as docs/audit.md shows", async () => {
    const root = page(
      '#fixture .wide { width: 900px; } #fixture button { min-width: 64px; min-height: 64px; } #fixture #plain { outline: none; }',
      '<p class="wide">This paragraph is set nine hundred pixels wide and cannot reflow into a narrow window.</p><button type="button">Fine</button><button id="plain" type="button">No outline</button>',
    );
    const report = await audit(document, {
      include: root,
      skip: ['axe', 'text', 'targets'],
      setViewport: ({ width, height }) => browser.viewport(width, height),
      pressTab: () => userEvent.tab(),
    });
    expect(report.findings.find((f) => f.rule === 'focus-not-visible')?.elements.map((e) => e.selector)).toEqual(['#plain']);
    expect(report.findings.find((f) => f.rule === 'reflow')?.elements.map((e) => e.selector)).toEqual(['#fixture > p']);
    expect(report.checks.find((c) => c.rule === 'reflow')?.outcome).toBe('failed');
  });

  it('when Tab is caught in a loop, visits the stops it never reached by script, and says so', async () => {
    const root = page(
      '#fixture button { min-width: 64px; min-height: 64px; } #fixture #after { outline: none; }',
      '<button id="a" type="button">A</button><button id="b" type="button">B</button><button id="after" type="button">After the loop</button>',
    );
    // A widget that keeps Tab between its two buttons.
    const [a, b] = [root.querySelector<HTMLElement>('#a')!, root.querySelector<HTMLElement>('#b')!];
    const trap = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || (event.target !== a && event.target !== b)) return;
      event.preventDefault();
      (event.target === a ? b : a).focus();
    };
    root.addEventListener('keydown', trap);
    const report = await audit(document, { include: root, skip: ['axe', 'text', 'targets', 'aids'], pressTab: () => userEvent.tab() });
    root.removeEventListener('keydown', trap);
    expect(report.findings.find((f) => f.rule === 'focus-not-visible')?.elements.map((e) => e.selector)).toEqual(['#after']);
    expect(report.notes).toEqual(['Focus: 2 of 3 tab stops were reached with real Tab presses (at most 40 are pressed); the others were visited by moving focus from script.']);
  });

  it('finds nothing of any custom check on the clean page, and every check ran', async () => {
    const doc = await loadPage(clean);
    const { setViewport } = contextFor(doc);
    const report = await audit(doc, { setViewport });
    expect(report.findings.map((f) => `${f.rule}: ${f.elements.map((e) => `${e.selector} ${e.detail ?? ''}`).join('; ')}`)).toEqual([]);
    const custom = report.checks.filter((c) => !c.rule.startsWith('axe/'));
    expect(custom.map((c) => c.rule).sort()).toEqual([...RULE_IDS].sort());
    expect(custom.filter((c) => c.outcome === 'not-run' || c.outcome === 'failed')).toEqual([]);
    // axe-core runs in the audited document's own window: an iframe's document gets a note instead.
    expect(report.notes).toEqual(["axe-core did not run: it must be loaded in the audited document's window."]);
  });
});
