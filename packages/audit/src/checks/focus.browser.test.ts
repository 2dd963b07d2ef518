import { describe, expect, it } from 'vitest';
import clean from '../../test/fixtures/clean.html?raw';
import fixture from '../../test/fixtures/focus.html?raw';
import { addStyle, contextFor, loadPage, selectorsOf } from '../../test/page.js';
import { checkFocus } from './focus.js';

describe('focus order and visibility', () => {
  it('finds focus that disappears off screen', async () => {
    const { findings } = await checkFocus(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'focus-lost')).toEqual(['#skip']);
  });

  it('finds an element that looks the same focused and not', async () => {
    const { findings } = await checkFocus(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'focus-not-visible')).toEqual(['#plain']);
  });

  it('finds focus that lands behind a fixed header', async () => {
    const { findings } = await checkFocus(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'focus-obscured')).toEqual(['#covered']);
  });

  it('finds focus that lands behind a sticky header, once the page has scrolled', async () => {
    // Scrolled down, a link sits just under the stuck header: in the window, so focusing it does not
    // scroll, and the header covers it. scroll-padding-top (the fix) makes the browser scroll it clear.
    const page = (padding: string) => `<!doctype html><html lang="en"><title>Sticky</title><style>
      html { scroll-padding-top: ${padding}; }
      body { margin: 0; font: 18px/1.6 sans-serif; }
      header { position: sticky; top: 0; height: 80px; background: #fff; border-bottom: 1px solid; }
      main { height: 3000px; padding-top: 1300px; }
      a { display: inline-block; min-height: 44px; }
      a:focus-visible { outline: 3px solid; }
    </style><header>Charity</header><main><a id="news" href="#news">News</a></main></html>`;
    const scrolled = async (padding: string) => {
      const doc = await loadPage(page(padding));
      const news = doc.querySelector('#news')!;
      doc.defaultView!.scrollTo(0, news.getBoundingClientRect().top - 20);
      return doc;
    };
    const doc = await scrolled('0');
    const { findings } = await checkFocus(contextFor(doc));
    expect(selectorsOf(findings, 'focus-obscured')).toEqual(['#news']);
    const fixed = await scrolled('96px');
    expect((await checkFocus(contextFor(fixed))).findings.filter((f) => f.rule.startsWith('focus-obscured'))).toEqual([]);
  });

  it('knows what is on top: a link in a fixed bar above a fixed sidebar is not obscured by it', async () => {
    const doc = await loadPage(`<!doctype html><html lang="en"><title>Bars</title><style>
      body { margin: 0; font: 18px/1.6 sans-serif; }
      .top { position: fixed; top: 0; left: 0; right: 0; height: 56px; z-index: 2; background: #fff; }
      .side { position: fixed; top: 0; left: 0; width: 225px; height: 100vh; padding-top: 56px; z-index: 1; background: #eee; }
      a:focus-visible { outline: 3px solid; }
    </style><nav class="top"><a id="brand" href="#">Brand</a></nav><div class="side"><a id="side" href="#x">Side link</a></div></html>`);
    const { findings } = await checkFocus(contextFor(doc));
    expect(findings.filter((f) => f.rule.startsWith('focus-obscured'))).toEqual([]);
    // The same bars with the sidebar on top: now it hides the link.
    addStyle(doc, '.side { z-index: 3; }');
    const swapped = await checkFocus(contextFor(doc));
    expect(selectorsOf(swapped.findings, 'focus-obscured')).toEqual(['#brand']);
  });

  it('finds focus that jumps backwards (a positive tabindex)', async () => {
    const { findings } = await checkFocus(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'focus-backwards')).toEqual(['#covered']);
  });

  it('puts focus and scrolling back as they were', async () => {
    const doc = await loadPage(fixture);
    await checkFocus(contextFor(doc));
    expect(doc.activeElement).toBe(doc.body);
    expect(doc.defaultView!.scrollY).toBe(0);
    expect(doc.adoptedStyleSheets).toEqual([]);
  });

  it('gives focus back to the element that had it', async () => {
    const doc = await loadPage(fixture);
    const plain = doc.querySelector<HTMLElement>('#plain')!;
    plain.focus();
    await checkFocus(contextFor(doc));
    expect(doc.activeElement).toBe(plain);
  });

  it('finds nothing on the clean page', async () => {
    const { findings } = await checkFocus(contextFor(await loadPage(clean)));
    expect(findings).toEqual([]);
  });

  it('on the same clean page, finds focus indicators taken away', async () => {
    const doc = await loadPage(clean);
    addStyle(doc, ':focus-visible { outline: none; outline-offset: 0; }');
    const { findings } = await checkFocus(contextFor(doc));
    expect(selectorsOf(findings, 'focus-not-visible')).toHaveLength(doc.querySelectorAll('a[href], button, video[controls]').length);
  });
});
