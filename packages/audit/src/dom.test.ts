import { afterEach, describe, expect, it } from 'vitest';
import { isForeign, snippetOf } from './dom.js';

afterEach(() => document.body.replaceChildren());

const make = (html: string) => {
  const box = document.createElement('div');
  box.innerHTML = html;
  document.body.append(box);
  return box.firstElementChild!;
};

describe('snippetOf()', () => {
  it('gives the start tag and the beginning of the text, as the markup has them', () => {
    const link = make('<a href="/donate?a=1&amp;b=2" class="big">Give   now,\n  please</a>');
    expect(snippetOf(link)).toBe('<a href="/donate?a=1&amp;b=2" class="big">Give now, please</a>');
    const long = make(`<p id="long">${'word '.repeat(40)}</p>`);
    expect(snippetOf(long)).toBe(`<p id="long">${'word '.repeat(12)}…</p>`);
    // No text: the whole markup when short, else the start tag.
    const img = make('<img src="x.png" alt="">');
    expect(snippetOf(img)).toBe(img.outerHTML);
    const icon = make('<button type="button"><svg viewBox="0 0 10 10"><path d="M1 5H9"></path></svg></button>');
    expect(snippetOf(icon)).toBe(icon.outerHTML);
    const big = make(`<div class="empty">${'<span class="x"></span>'.repeat(20)}</div>`);
    expect(snippetOf(big)).toBe('<div class="empty">');
  });

  it('escapes attribute values, so quotes and brackets in them cannot end the tag', () => {
    const el = make('<input value="a &quot;quoted&quot; <b> & more" title="x\u00a0y">');
    expect(snippetOf(el)).toBe('<input value="a &quot;quoted&quot; &lt;b&gt; &amp; more" title="x&nbsp;y">');
  });

  it('never serialises the whole subtree, and stays short with huge attributes or content', () => {
    const el = make(`<section data-big="${'x'.repeat(100_000)}"><p>${'text '.repeat(10_000)}</p></section>`);
    Object.defineProperty(el, 'outerHTML', { get: () => { throw new Error('serialised the subtree'); } });
    Object.defineProperty(el, 'textContent', { get: () => { throw new Error('read all of the text'); } });
    const snippet = snippetOf(el);
    expect(snippet).toHaveLength(160);
    expect(snippet).toMatch(/^<section data-big="xxx+…$/);
  });
});

describe('isForeign()', () => {
  it("knows Reachable's own UI and the audit's, also inside their shadow roots, and not the page's content in <reach-captions>", () => {
    const toolbar = document.body.appendChild(document.createElement('reach-toolbar'));
    const inToolbar = toolbar.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    const marked = make('<div data-reach-audit=""><p>marker</p></div>');
    const host = marked.appendChild(document.createElement('div'));
    const inMarked = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    const captions = document.body.appendChild(document.createElement('reach-captions'));
    const video = captions.appendChild(document.createElement('video'));
    const own = make('<p>page</p>');
    expect([toolbar, inToolbar, marked, marked.firstElementChild!, inMarked].map(isForeign)).toEqual([true, true, true, true, true]);
    expect([video, own].map(isForeign)).toEqual([false, false]);
  });
});
