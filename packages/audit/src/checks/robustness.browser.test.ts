import { describe, expect, it } from 'vitest';
import clean from '../../test/fixtures/clean.html?raw';
import fixture from '../../test/fixtures/aids.html?raw';
import { addStyle, contextFor, loadPage } from '../../test/page.js';
import type { RawFinding } from './check.js';
import { checkRobustness } from './robustness.js';

const of = (findings: RawFinding[], rule: string, aid?: string) =>
  findings.filter((f) => f.rule === rule && (!aid || f.aid === aid)).flatMap((f) => f.elements.map((e) => `${e.selector}: ${e.detail}`));

describe("robustness under the visitor's own aids", () => {
  it('font scale 2: text cut off by a fixed-height box, text that overlaps, links pushed out of a fixed nav', async () => {
    const { findings } = await checkRobustness(contextFor(await loadPage(fixture)));
    const found = of(findings, 'aid-font-scale');
    expect(found.some((x) => /^#card: text cut off by #card \(\d+ % hidden\)$/.test(x))).toBe(true);
    expect(found.some((x) => /^#box: text overlaps #after$/.test(x))).toBe(true);
    expect(found.some((x) => x.startsWith('#privacy: control cannot be reached'))).toBe(true);
  });

  it('text spacing: text cut off by a fixed-height box', async () => {
    const { findings } = await checkRobustness(contextFor(await loadPage(fixture)));
    expect(of(findings, 'aid-text-spacing').some((x) => /^#spaced: text cut off by #spaced/.test(x))).toBe(true);
  });

  it('page zoom 2: links of a fixed navigation taller than the viewport cannot be reached', async () => {
    const { findings } = await checkRobustness(contextFor(await loadPage(fixture)));
    const found = of(findings, 'aid-page-zoom');
    expect(found).toContain('#privacy: control cannot be reached: outside the viewport');
    expect(found).toContain('#contact: control cannot be reached: outside the viewport');
  });

  it('page zoom 2: links of a fixed menu that scrolls stay reachable', async () => {
    const menu = Array.from({ length: 12 }, (_, i) => `<a href="#${i}" id="m${i}">Item ${i}</a>`).join('');
    const doc = await loadPage(`<!doctype html><html lang="en"><title>Menu</title><style>
      body { margin: 0 0 0 220px; font: 16px/20px sans-serif; }
      nav { position: fixed; top: 0; left: 0; width: 200px; height: 100%; overflow-y: auto; }
      nav a { display: block; line-height: 40px; }
    </style><nav>${menu}</nav><p>Content</p></html>`);
    const { findings } = await checkRobustness(contextFor(doc));
    expect(of(findings, 'aid-page-zoom')).toEqual([]);
    // The same menu when it cannot scroll: its last links are lost.
    addStyle(doc, 'nav { overflow: hidden; }');
    const hidden = of((await checkRobustness(contextFor(doc))).findings, 'aid-page-zoom');
    expect(hidden).toContain('#m11: control cannot be reached: cut off by html > body > nav');
  });

  it('reflow at 320 px: an off-canvas menu is hidden at this width, moderate and with its condition', async () => {
    const doc = await loadPage(`<!doctype html><html lang="en"><title>Off-canvas</title><style>
      body { margin: 0 0 0 220px; font: 16px/1.5 sans-serif; }
      nav { position: fixed; top: 0; left: 0; width: 200px; }
      nav a { display: block; min-height: 44px; }
      @media (max-width: 600px) { body { margin: 0; } nav { transform: translateX(-100%); } }
    </style><button type="button" aria-expanded="false">Menu</button><nav><a id="home" href="#1">Home</a><a href="#2">About</a></nav><p>Content</p></html>`);
    const { findings } = await checkRobustness(contextFor(doc));
    const reflow = findings.filter((f) => f.rule === 'reflow');
    expect(reflow.map((f) => f.severity)).toEqual(['moderate']);
    expect(of(findings, 'reflow')).toContain(
      '#home: control hidden at this width (outside the viewport): fine only if the page offers it another way, such as a menu button',
    );
  });

  it('reflow at 320 px: the element that makes the page scroll sideways', async () => {
    const { findings } = await checkRobustness(contextFor(await loadPage(fixture)));
    expect(of(findings, 'reflow').some((x) => /^#wide: \d+ px wide at a 320 px viewport/.test(x))).toBe(true);
  });

  it('colour schemes: an icon drawn as a background image, a dark SVG icon and a custom checkbox drawn without a border', async () => {
    const { findings } = await checkRobustness(contextFor(await loadPage(fixture)));
    const black = of(findings, 'aid-color-scheme', 'colorScheme white-on-black');
    expect(black).toEqual([
      '#icon-only: control shows nothing: its background-image icon is removed and nothing else shows it',
      '#dark-svg: control shows nothing: its SVG icon is drawn at 1.7:1 against the scheme\'s background (needs 3:1)',
      expect.stringMatching(/^#fancy-check: control shows nothing: the box drawn by .*::before disappears$/),
    ]);
    // On a white background the dark icon shows; currentColor icons and bordered boxes always do.
    expect(of(findings, 'aid-color-scheme', 'colorScheme black-on-white').some((x) => x.startsWith('#dark-svg'))).toBe(false);
    expect(of(findings, 'aid-color-scheme').some((x) => x.startsWith('#current-svg') || x.startsWith('#fancy-bordered'))).toBe(false);
  });

  it('without a way to resize the viewport, says reflow was not checked', async () => {
    const ctx = contextFor(await loadPage(fixture));
    delete ctx.setViewport;
    const { runs, findings } = await checkRobustness(ctx);
    expect(runs.find((r) => r.rule === 'reflow')?.notRun).toMatch(/resize the viewport/);
    expect(findings.some((f) => f.rule === 'reflow')).toBe(false);
    // The other aids still ran on this page, and found what they find.
    expect(runs.find((r) => r.rule === 'aid-font-scale')).toEqual({ rule: 'aid-font-scale', applicable: true });
    expect(of(findings, 'aid-font-scale').length).toBeGreaterThan(0);
  });

  it('leaves the page exactly as it was', async () => {
    const doc = await loadPage(fixture);
    const before = doc.documentElement.outerHTML;
    const width = doc.defaultView!.innerWidth;
    // What the markup cannot show: the aids rewrite the page's own stylesheet rules, and must put them back.
    const looks = () => [...doc.querySelectorAll('html, body, body *')].map((el) => {
      const s = doc.defaultView!.getComputedStyle(el);
      return `${el.localName}#${el.id} ${['font-size', 'line-height', 'letter-spacing', 'word-spacing', 'zoom', 'width', 'height', 'color', 'background-color', 'background-image', 'transition-property', 'scroll-behavior'].map((p) => s.getPropertyValue(p)).join(' ')}`;
    });
    const styled = looks();
    expect(styled.filter((l) => /^(p|div|a|button)#/.test(l)).length).toBeGreaterThan(10);
    await checkRobustness(contextFor(doc));
    expect(looks()).toEqual(styled);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.adoptedStyleSheets).toEqual([]);
    expect(doc.defaultView!.innerWidth).toBe(width);
  });

  it('finds nothing on the clean page', async () => {
    const { findings, runs } = await checkRobustness(contextFor(await loadPage(clean)));
    expect(findings.map((f) => `${f.rule} ${f.aid}: ${f.elements.map((e) => `${e.selector} ${e.detail}`).join('; ')}`)).toEqual([]);
    expect(runs.map((r) => r.rule)).toEqual(['aid-font-scale', 'aid-text-spacing', 'aid-page-zoom', 'reflow', 'aid-color-scheme']);
  });

  it('on the same clean page, finds a paragraph boxed to its height once the text is enlarged', async () => {
    const doc = await loadPage(clean);
    addStyle(doc, '.card { height: 90px; overflow: hidden; }');
    const { findings } = await checkRobustness(contextFor(doc));
    expect(of(findings, 'aid-font-scale')).toEqual([expect.stringMatching(/^html > body > main > p:nth-of-type\(1\): text cut off by html > body > main > p:nth-of-type\(1\) \(\d+ % hidden\)$/)]);
  });
});
