import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { emulateForcedColors, skipIn } from '../../../../test/engine.js';
import { useFixturePages } from '../../../../test/fixture.js';
import { visualRect } from '../../../../test/geometry.js';
import { countObservers } from '../../../../test/observers.mjs';
import { createPageZoom } from '../page-zoom/page-zoom.js';
import { createReadingGuide } from './reading-guide.js';

const page = useFixturePages();
const engine = createReadingGuide();
afterEach(() => engine.apply('off'));

const MARKUP = '<main style="padding:40px"><p>第一行 First line of text to read.</p><p style="margin-top:300px"><a href="#x" id="link">一个链接 A link</a></p></main>';
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const guide = () => document.querySelector('reach-reading-guide');
const part = (name: string) => guide()!.shadowRoot!.querySelector<HTMLElement>(`.${name}`)!;
const centreY = (el: HTMLElement) => {
  const rect = el.getBoundingClientRect();
  return rect.top + rect.height / 2;
};
const pointer = (type: string, x: number, y: number) =>
  document.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, pointerType: type === 'pointerdown' ? 'touch' : 'mouse' }));

it('line: a band across the page at the pointer’s height, following the pointer, a tap and keyboard focus', async () => {
  const root = page('', MARKUP);
  engine.apply('line');
  expect(getComputedStyle(guide()!).pointerEvents).toBe('none');
  expect(part('band').hidden).toBe(false);
  expect(part('mask').hidden).toBe(true);
  pointer('pointermove', 200, 150);
  await frame();
  expect(centreY(part('band'))).toBeCloseTo(150, 0);
  expect(part('band').getBoundingClientRect().width).toBe(document.documentElement.clientWidth);
  pointer('pointerdown', 50, 260);
  await frame();
  expect(centreY(part('band'))).toBeCloseTo(260, 0);
  root.querySelector<HTMLElement>('#link')!.focus();
  await frame();
  expect(centreY(part('band'))).toBeCloseTo(centreY(root.querySelector('#link')!), 0);
});

it('crosshair and mask: lines through the pointer; the page dimmed but for a band', async () => {
  page('', MARKUP);
  engine.apply('crosshair');
  pointer('pointermove', 120, 90);
  await frame();
  expect(part('h').hidden || part('v').hidden).toBe(false);
  expect(part('h').getBoundingClientRect().top).toBeCloseTo(90, 0);
  expect(part('v').getBoundingClientRect().left).toBeCloseTo(120, 0);
  engine.apply('mask');
  await frame();
  expect(part('h').hidden).toBe(true);
  expect(centreY(part('mask'))).toBeCloseTo(90, 0);
  expect(getComputedStyle(part('mask')).boxShadow).toContain('rgba(0, 0, 0, 0.6)');
});

it('under forced colours every guide still shows: the mask keeps its dimming (a box-shadow the system would drop) and marks its band', async () => {
  page('', MARKUP);
  await emulateForcedColors(true);
  try {
    engine.apply('mask');
    pointer('pointermove', 120, 90);
    await frame();
    expect(getComputedStyle(part('mask')).boxShadow).toContain('rgba(0, 0, 0, 0.6)');
    expect(getComputedStyle(part('mask')).borderTopWidth).toBe('2px');
    engine.apply('line');
    expect(getComputedStyle(part('band')).borderTopStyle).toBe('solid');
  } finally {
    await emulateForcedColors(false);
  }
});

it('lets clicks and selection through to the page', async () => {
  const root = page('', MARKUP);
  engine.apply('mask');
  const link = root.querySelector<HTMLElement>('#link')!;
  let clicked = false;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    clicked = true;
  });
  const { left, top, width, height } = link.getBoundingClientRect();
  expect(document.elementFromPoint(left + width / 2, top + height / 2)).toBe(link);
  await userEvent.click(link);
  expect(clicked).toBe(true);
});

it('lets wheel scrolling through to the page', async () => {
  skipIn(['webkit'], 'in a CI run (CI=true), WebDriver wheel actions scroll nothing here, with or without the guide');
  const root = page('', '<div id="scroller" style="height:200px;overflow:auto"><p>文字 Text.</p><div style="height:2000px"></div></div>');
  engine.apply('mask');
  pointer('pointermove', 100, 100);
  await frame();
  const scroller = root.querySelector<HTMLElement>('#scroller')!;
  await userEvent.wheel(scroller, { delta: { y: 300 } });
  await expect.poll(() => scroller.scrollTop).toBeGreaterThan(0);
});

it('lets text selection through to the page', async () => {
  const root = page('', '<p id="text">可以选中的文字 Text to select.</p>');
  engine.apply('mask');
  pointer('pointermove', 100, 20);
  await frame();
  await userEvent.tripleClick(root.querySelector('#text')!);
  expect(getSelection()!.toString()).toContain('可以选中的文字');
});

it.each([2, 4])('with Reachable’s page zoom at %d×, the band is still where the pointer and the focus are', async (zoom) => {
  const root = page('', MARKUP);
  const pageZoom = createPageZoom();
  try {
    pageZoom.apply(zoom);
    engine.apply('line');
    pointer('pointermove', 200, 150);
    await frame();
    expect(centreY(part('band'))).toBeCloseTo(150, 0);
    root.querySelector<HTMLElement>('#link')!.focus();
    await frame();
    // As drawn (WebKit's legacy zoom reports the link's box unmagnified).
    const drawn = (el: Element) => visualRect(el).top + visualRect(el).height / 2;
    // Where the browser scrolls the link to when it takes focus, the band follows (WebKit may scroll a frame later).
    await expect.poll(() => Math.abs(drawn(part('band')) - drawn(root.querySelector('#link')!))).toBeLessThan(1);
  } finally {
    pageZoom.destroy();
  }
});

it('off: the guide and its listeners are gone, and no observer was ever used', async () => {
  page('', MARKUP);
  const html = document.documentElement.outerHTML;
  const observers = countObservers();
  try {
    observers.baseline();
    engine.apply('line');
    expect(observers.live()).toBe(0);
    engine.apply('off');
    expect(guide()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(html);
  } finally {
    observers.restore();
  }
});
