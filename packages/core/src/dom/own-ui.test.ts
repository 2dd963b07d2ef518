import { afterEach, expect, it } from 'vitest';
import { isOwnUi, markOwnUi, startsOwnUi } from './own-ui.js';

afterEach(() => document.body.replaceChildren());

it('knows Reachable’s own UI: reach-* elements, marked elements and all inside them, through shadow roots', () => {
  const toolbar = document.body.appendChild(document.createElement('reach-toolbar'));
  const panel = toolbar.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
  // A control nested in a second shadow root inside the toolbar's.
  const inner = panel.appendChild(document.createElement('span'));
  const button = inner.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
  const marked = document.body.appendChild(document.createElement('div'));
  markOwnUi(marked);
  const inMarked = marked.appendChild(document.createElement('p'));
  for (const el of [toolbar, panel, button, marked, inMarked]) expect(isOwnUi(el), el.localName).toBe(true);
  expect([toolbar, marked, panel].map(startsOwnUi)).toEqual([true, true, false]);
});

it('leaves the page’s own content alone, also what a site wraps in a reach-* element and its own web components', () => {
  const captions = document.body.appendChild(document.createElement('reach-captions'));
  const video = captions.appendChild(document.createElement('video'));
  const widget = document.body.appendChild(document.createElement('site-widget'));
  const field = widget.attachShadow({ mode: 'open' }).appendChild(document.createElement('input'));
  const p = document.body.appendChild(document.createElement('p'));
  for (const el of [video, widget, field, p]) expect(isOwnUi(el), el.localName).toBe(false);
});
