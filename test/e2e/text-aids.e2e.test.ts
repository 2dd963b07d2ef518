// The text aids as a site uses them: createReachable() from the built ES module,
// on a px-authored charity page served with a strict CSP and Trusted Types.
import { expect, it } from 'vitest';
import { expectNoAxeViolations, useExamples } from './browser.js';

const open = useExamples();

it('scales text, zooms and spaces under a strict CSP, and reset restores the page exactly', async () => {
  const { page, problems } = await open('/text-aids/');
  const h1 = page.locator('h1');
  const size = () => h1.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const original = await size();
  const html = await page.evaluate(() => document.documentElement.outerHTML);

  await page.getByRole('button', { name: 'A+ 放大字体 Larger text' }).click();
  await page.getByRole('button', { name: 'A+ 放大字体 Larger text' }).click();
  expect(await size()).toBe(original * 1.5);
  await page.getByRole('button', { name: '文字间距 Text spacing' }).click();
  expect(await h1.evaluate((el) => parseFloat(getComputedStyle(el).letterSpacing) / parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo(0.12, 2);
  await page.getByRole('button', { name: '放大页面 Zoom in' }).click();
  expect(await page.locator('#zoom-value').textContent()).toBe('125%');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: '重置 Reset' }).click();
  expect(await size()).toBe(original);
  // The controls' own state (aria-pressed, output values) is the only difference the page itself made.
  const after = await page.evaluate(() => document.documentElement.outerHTML);
  expect(after).toBe(html);
  expect(await problems()).toEqual([]);
});

it("keeps the visitor's choices on the next page load", async () => {
  const { page, problems } = await open('/text-aids/');
  const original = await page.locator('h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('button', { name: 'A+ 放大字体 Larger text' }).click();
  await page.reload();
  expect(await page.locator('h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(original * 1.25);
  expect(await page.locator('#font-value').textContent()).toBe('125%');
  await page.getByRole('button', { name: '重置 Reset' }).click();
  expect(await problems()).toEqual([]);
});
