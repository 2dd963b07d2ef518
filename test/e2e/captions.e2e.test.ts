// The optional captions bundle on the charity example: a WebVTT and an SRT
// track, drawn in the visitor's style, under a strict CSP with Trusted Types.
import { expect, it } from 'vitest';
import { expectNoAxeViolations, useExamples } from './browser.js';

const open = useExamples();

it('shows the right caption at the right time in both languages, in the style chosen in its settings', async () => {
  const { page, problems } = await open('/charity/');
  const seek = (time: number) =>
    page.evaluate(async (time) => {
      const video = document.querySelector('video')!;
      if (video.readyState < 1) await new Promise((r) => video.addEventListener('loadedmetadata', r, { once: true }));
      video.currentTime = time;
      await new Promise((r) => video.addEventListener('seeked', r, { once: true }));
      await new Promise((r) => setTimeout(r, 100));
    }, time);
  const caption = () => page.locator('reach-captions .overlay .cue').allTextContents();

  await seek(2.5);
  expect((await caption()).map((t) => t.trim())).toEqual(['三百本书，每个班级都能借阅。']);
  await page.getByRole('button', { name: '字幕设置' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('字幕语言').selectOption({ label: 'English' });
  await page.getByLabel('字号').selectOption('150');
  await seek(1);
  expect((await caption()).map((t) => t.trim())).toEqual(['Welcome to our new reading corner!']);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('reachable')!).preferences.captionStyle.size)).toBe(150);
  await page.keyboard.press('Escape');

  // The toolbar's caption controls change the same captions, and the captions' own settings follow.
  await page.getByRole('button', { name: '无障碍工具', exact: true }).click();
  await page.getByRole('button', { name: '增大字幕大小' }).click();
  await page.getByRole('group', { name: '字幕颜色' }).getByRole('radio', { name: '黄字黑底' }).check();
  await expect.poll(() => page.locator('reach-captions .overlay .cue .text').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 0)');
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await page.getByRole('button', { name: '字幕设置' }).click();
  expect(await page.getByLabel('字号').inputValue()).toBe('175');
  expect(await problems()).toEqual([]);
});
