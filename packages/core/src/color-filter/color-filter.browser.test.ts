import { afterEach, describe, expect, it } from 'vitest';
import { page as browserPage } from 'vitest/browser';
import { emulateForcedColors, skipIn } from '../../../../test/engine.js';
import { useFixturePages } from '../../../../test/fixture.js';
import { COLOR_FILTERS, type ColorFilter } from '../preferences/schema.js';
import { createColorFilter, FILTERS } from './color-filter.js';

const engine = createColorFilter();
const page = useFixturePages();
const ON = COLOR_FILTERS.filter((f): f is Exclude<ColorFilter, 'none'> => f !== 'none');

afterEach(() => {
  engine.apply('none');
  scrollTo(0, 0);
});

const IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='10'%3E%3Crect width='10' height='10' fill='%23c00'/%3E%3C/svg%3E";

const SITE = `
  body { margin: 0; }
  .header { position: fixed; top: 0; left: 0; right: 0; height: 40px; background: #036; color: #fff; z-index: 1; }
  .content { padding-top: 48px; }
  .sticky { position: sticky; top: 40px; height: 20px; background: #fc0; }
  .tall { height: 3000px; }
`;

const HTML = `
  <div class="header">希望之光 Light of Hope</div>
  <div class="content"><p>正文 Text</p><div class="sticky">捐赠 Donate</div>
    <img class="photo" alt="志愿者 Volunteers" src="${IMAGE}" width="20" height="20">
    <picture><img class="pictured" alt="" src="${IMAGE}" width="20" height="20"></picture>
    <video class="clip" muted width="20" height="20"></video><canvas class="chart" width="20" height="20"></canvas>
    <svg width="20" height="20"><image class="svg-image" href="${IMAGE}" width="20" height="20"/></svg>
    <div class="banner" style="background-image: url(${IMAGE})"><img class="in-banner" alt="" src="${IMAGE}" width="20" height="20"></div>
    <dialog><img class="in-dialog" alt="" src="${IMAGE}" width="20" height="20"></dialog>
    <div class="tall"></div></div>`;

const filterOf = (el: Element) => getComputedStyle(el).filter;

/** Mean brightness (0–255) of what is drawn on screen where `el` is. */
async function brightness(el: Element): Promise<number> {
  skipIn(['webkit'], "WebKitGTK's WebDriver screenshots come back black on a virtual display");
  const image = new Image();
  image.src = `data:image/png;base64,${await browserPage.elementLocator(el).screenshot({ base64: true, save: false })}`;
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += data[i]! + data[i + 1]! + data[i + 2]!;
  return sum / (data.length / 4) / 3;
}

describe.each(ON)('%s', (filter) => {
  it('filters the root element only', () => {
    const root = page(SITE, HTML);
    engine.apply(filter);
    expect(filterOf(document.documentElement)).toBe(FILTERS[filter]);
    for (const el of [document.body, root, root.querySelector('.content')!, root.querySelector('p')!]) expect(filterOf(el)).toBe('none');
  });

  it('keeps fixed and sticky elements in place while the page scrolls', () => {
    const root = page(SITE, HTML);
    engine.apply(filter);
    scrollTo(0, 600);
    expect(scrollY).toBe(600);
    expect(root.querySelector('.header')!.getBoundingClientRect().top).toBe(0);
    expect(root.querySelector('.sticky')!.getBoundingClientRect().top).toBe(40);
  });

  it('filters modal dialogs too, which the top layer draws outside the root', () => {
    const root = page(SITE, HTML);
    engine.apply(filter);
    const dialog = root.querySelector('dialog')!;
    dialog.showModal();
    expect(filterOf(dialog)).toBe(FILTERS[filter]);
    dialog.close();
    expect(filterOf(dialog)).toBe('none');
  });
});

it('inverts images, video, canvas and background images back under invert, once', () => {
  const root = page(SITE, HTML);
  engine.apply('invert');
  const again = FILTERS.invert;
  for (const selector of ['.photo', '.pictured', '.clip', '.chart', '.svg-image', '.banner']) expect(filterOf(root.querySelector(selector)!), selector).toBe(again);
  // Inside a re-inverted element: a second re-inversion would invert it again.
  expect(filterOf(root.querySelector('.in-banner')!)).toBe('none');
  expect(filterOf(root.querySelector('picture')!)).toBe('none');
  // In a modal dialog, which is filtered itself: images inverted back there too.
  root.querySelector('dialog')!.showModal();
  expect(filterOf(root.querySelector('.in-dialog')!)).toBe(again);
  engine.apply('grayscale');
  expect(filterOf(root.querySelector('.photo')!)).toBe('none');
});

it('paints the canvas of a page without a background, so inverting it turns the page dark', async () => {
  const root = page(SITE, '<div style="height: 40px"></div>');
  const html = document.documentElement;
  const canvas = getComputedStyle(html).backgroundColor;
  expect(getComputedStyle(document.body).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  expect(await brightness(root)).toBeGreaterThan(250);
  engine.apply('invert');
  expect(await brightness(root)).toBeLessThan(5);
  engine.apply('none');
  // A page that paints its own background: left alone, the root filter reaches it.
  page('body { background: #fafafa; }', '');
  engine.apply('invert');
  expect(getComputedStyle(html).backgroundColor).toBe(canvas);
});

it('returns the page to exactly its state when off', () => {
  const root = page(SITE, HTML);
  const html = document.documentElement.outerHTML;
  const elements = [document.documentElement, ...root.querySelectorAll('*')];
  const before = elements.map((el) => [filterOf(el), getComputedStyle(el).backgroundColor]);
  for (const filter of ON) engine.apply(filter);
  engine.apply('none');
  expect(elements.map((el) => [filterOf(el), getComputedStyle(el).backgroundColor])).toEqual(before);
  expect(document.documentElement.outerHTML).toBe(html);
  expect(document.adoptedStyleSheets).toHaveLength(0);
});

it('does nothing under forced colours', async () => {
  page(SITE, HTML);
  await emulateForcedColors(true);
  try {
    engine.apply('invert');
    expect(filterOf(document.documentElement)).toBe('none');
  } finally {
    await emulateForcedColors(false);
  }
});
