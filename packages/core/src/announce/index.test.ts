import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { announce, announceFromElement, clearAnnouncements } from './index.js';

const polite = () => document.querySelector('reach-live-region > [aria-live="polite"]');

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  clearAnnouncements();
  vi.useRealTimers();
  document.body.replaceChildren();
});

it('announce() shares one set of live regions and resolves once written', async () => {
  const first = announce('one');
  const second = announce('two');
  expect(document.querySelectorAll('reach-live-region')).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(1000);
  await expect(Promise.all([first, second])).resolves.toEqual([true, true]);
  expect(polite()?.textContent).toBe('two');
});

it('returns a real Promise', () => {
  const result = announce('x');
  expect(result).toBeInstanceOf(Promise);
  expect(Object.getPrototypeOf(result)).toBe(Promise.prototype);
});

it('clearAnnouncements() drops waiting messages', async () => {
  const waiting = announce('never');
  clearAnnouncements();
  await expect(waiting).resolves.toBe(false);
});

it.each([
  ['aria-label', '<button aria-label="Close dialog">×</button>', 'Close dialog'],
  ['aria-labelledby', '<span id="a">Total</span><span id="b">¥120</span><div aria-labelledby="a b">x</div>', 'Total ¥120'],
  ['alt', '<img alt="机构标志">', '机构标志'],
  ['label', '<label for="q">搜索</label><input id="q">', '搜索'],
  ['text, whitespace collapsed', '<p>  3 results\n\n  found </p>', '3 results found'],
])('announceFromElement() speaks the %s', async (_, html, expected) => {
  document.body.innerHTML = html;
  const element = document.body.lastElementChild!;
  const written = announceFromElement(element);
  await vi.advanceTimersByTimeAsync(1000);
  await expect(written).resolves.toBe(true);
  expect(polite()?.textContent).toBe(expected);
});
