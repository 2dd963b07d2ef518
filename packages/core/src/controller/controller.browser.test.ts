import { afterEach, expect, it, vi } from 'vitest';
import { useFixturePages } from '../../../../test/fixture.js';
import { memoryStorage } from '../preferences/storage.js';
import { AIDS, REGISTRY } from '../aids/registry.js';
import { createReachable, type Reachable } from './controller.js';
import { reachableFor } from './running.js';

const fixture = useFixturePages();
let controller: Reachable | undefined;

const page = () =>
  fixture(
    'body { font-size: 14px; } .c h1 { font-size: 24px; line-height: 30px; } .c p { font-size: 15px; line-height: 22px; margin: 0 0 6px; }',
    '<div class="c"><h1>捐赠 Donate</h1><p style="color: rgb(10, 10, 10)">每一笔都公开 Every gift is public.</p></div>',
  );

afterEach(() => {
  controller?.destroy();
  controller = undefined;
  vi.restoreAllMocks();
});

const fontSize = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

it('offers every registered aid by default, in registry order', () => {
  controller = createReachable({ storage: memoryStorage() });
  expect(controller.features).toEqual(REGISTRY.map((aid) => aid.id));
  expect(AIDS).toEqual(controller.features);
});

it('applies a preference change to the page, and only the engine concerned', () => {
  const root = page();
  controller = createReachable({ storage: memoryStorage() });
  const h1 = root.querySelector('h1')!;
  controller.preferences.set({ fontScale: 1.5 });
  expect(fontSize(h1)).toBe(36);
  const sheets = document.adoptedStyleSheets.length;
  controller.preferences.set({ textSpacing: true });
  expect(document.adoptedStyleSheets.length).toBe(sheets + 1);
  expect(parseFloat(getComputedStyle(h1).lineHeight)).toBeCloseTo(54, 0);
  controller.preferences.set({ pageZoom: 2 });
  expect(h1.getBoundingClientRect().height).toBeGreaterThan(100);
});

it('reset() and destroy() return the page to exactly its state before Reachable', () => {
  const root = page();
  const html = document.documentElement.outerHTML;
  const sheets = document.adoptedStyleSheets.length;
  const sizes = [...root.querySelectorAll('*')].map(fontSize);
  controller = createReachable({ storage: memoryStorage() });
  controller.preferences.set({ fontScale: 2, pageZoom: 1.5, textSpacing: true });
  controller.preferences.reset();
  expect(document.documentElement.outerHTML).toBe(html);
  expect(document.adoptedStyleSheets.length).toBe(sheets);
  controller.preferences.set({ fontScale: 2, pageZoom: 1.5, textSpacing: true });
  controller.destroy();
  controller = undefined;
  expect(document.documentElement.outerHTML).toBe(html);
  expect(document.adoptedStyleSheets.length).toBe(sheets);
  expect([...root.querySelectorAll('*')].map(fontSize)).toEqual(sizes);
});

it("applies the visitor's stored choices when the next page loads", () => {
  const root = page();
  const storage = memoryStorage();
  controller = createReachable({ storage });
  controller.preferences.set({ fontScale: 2 });
  controller.destroy();
  expect(fontSize(root.querySelector('h1')!)).toBe(24);
  controller = createReachable({ storage });
  expect(fontSize(root.querySelector('h1')!)).toBe(48);
});

it('offers only the enabled features', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const root = page();
  controller = createReachable({ storage: memoryStorage(), features: ['textSpacing', 'nonsense' as never] });
  expect(controller.features).toEqual(['textSpacing']);
  controller.preferences.set({ fontScale: 2 });
  expect(fontSize(root.querySelector('h1')!)).toBe(24);
  expect(warn.mock.calls.map(([message]) => String(message).slice(0, 16))).toEqual(['[Reachable R020]', '[Reachable R014]']);
});

it('reachableFor() finds the controller running for a document, the first one while it runs', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(reachableFor(document)).toBeUndefined();
  controller = createReachable({ storage: memoryStorage() });
  expect(reachableFor()).toBe(controller);
  let second = createReachable({ storage: memoryStorage() });
  expect(reachableFor(document)).toBe(controller);
  second.destroy();
  second.destroy();
  expect(reachableFor(document)).toBe(controller);
  second = createReachable({ storage: memoryStorage() });
  controller.destroy();
  expect(reachableFor(document)).toBe(second);
  second.destroy();
  expect(reachableFor(document)).toBeUndefined();
  controller = undefined;
  expect(warn.mock.calls.map(([message]) => String(message).slice(0, 16))).toEqual(['[Reachable R021]', '[Reachable R021]']);
});
