// The reading aids as visitors use them: chosen in the script tag's panel,
// on pages served with the strict CSP and Trusted Types, in every engine.
import { expect, it } from 'vitest';
import { expectNoAxeViolations, useExamples, type Page } from './browser.js';

const open = useExamples();

/** The focused element's text, inside shadow roots too. */
const focusedText = (page: Page) => page.focused((el) => el?.textContent?.trim() ?? '');

it('turns each reading aid on from the panel, stays accessible, and reset leaves the page as it was', async () => {
  const { page, problems } = await open('/test-pages/body-end.html');
  await page.waitForFunction(() => window.Reachable);
  // The page's own markup: Reachable's toolbar and live region are its own UI.
  const pageMarkup = () => page.evaluate(() => document.body.outerHTML.replace(/<(reach-toolbar|reach-live-region)\b[\s\S]*?<\/\1>/g, ''));
  const before = await pageMarkup();
  await page.getByRole('button', { name: '无障碍工具', exact: true }).click();
  const dialog = page.locator('reach-toolbar').getByRole('dialog', { name: '无障碍工具', exact: true });
  const reading = dialog.getByRole('group', { name: '阅读', exact: true });

  await reading.getByRole('radio', { name: '黑色大鼠标', exact: true }).check();
  await expect.poll(() => page.locator('h1').evaluate((el) => getComputedStyle(el).cursor)).toMatch(/^url\("data:image\/svg\+xml,.*\) 7 4, default$/);
  await reading.getByRole('radio', { name: '十字线', exact: true }).check();
  await expect.poll(() => page.evaluate(() => !!document.querySelector('reach-reading-guide'))).toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('reach-reading-guide')!).pointerEvents)).toBe('none');
  await reading.getByRole('button', { name: '突出链接', exact: true }).click();
  await expect.poll(() => page.locator('main a').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await reading.getByRole('button', { name: '停止动画', exact: true }).click();
  await expect.poll(() => page.locator('h1').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  await expectNoAxeViolations(page);

  await dialog.getByRole('button', { name: '全部重置', exact: true }).click();
  await expect.poll(() => page.evaluate(() => !document.querySelector('reach-reading-guide') && getComputedStyle(document.querySelector('h1')!).cursor)).toBe('auto');
  expect(await pageMarkup()).toBe(before);
  expect(await problems()).toEqual([]);
});

it("on a site whose policy refuses data: images, the large cursor says it is unavailable, and nothing breaks", async () => {
  const { page, problems } = await open('/test-pages/no-data-images.html');
  await page.waitForFunction(() => window.Reachable);
  await page.getByRole('button', { name: '无障碍工具', exact: true }).click();
  const reading = page.locator('reach-toolbar').getByRole('group', { name: '阅读', exact: true });
  const black = reading.getByRole('radio', { name: '黑色大鼠标', exact: true });
  await black.click();
  // The browser keeps its own cursor; the panel shows why instead of the cursor's choices, and focus is on that note.
  await expect.poll(() => reading.getByRole('radio', { name: '黑色大鼠标', exact: true }).count()).toBe(0);
  expect(await reading.textContent()).toContain('本网站的安全策略不允许显示大鼠标');
  expect(await focusedText(page)).toBe('本网站的安全策略不允许显示大鼠标。');
  // The other reading aids are still offered.
  expect(await reading.getByRole('radio', { name: '十字线', exact: true }).count()).toBe(1);
  await expectNoAxeViolations(page);
  // The policy refused the cursor's data: image, and that violation is all the console got: nothing from Reachable.
  const seen = await problems();
  expect(seen).toContain('error: CSP violation: img-src data');
  expect(seen.filter((problem) => problem !== 'error: CSP violation: img-src data')).toEqual([]);
});

it('the caption bar (大字幕): turned on from the panel, shows what has focus, in pinyin from its own file, and gives the page back when off', async () => {
  const { page, problems } = await open('/test-pages/body-end.html');
  await page.waitForFunction(() => window.Reachable);
  const padding = () => page.evaluate(() => getComputedStyle(document.documentElement).paddingBottom);
  const before = await padding();
  await page.getByRole('button', { name: '无障碍工具', exact: true }).click();
  const dialog = page.locator('reach-toolbar').getByRole('dialog', { name: '无障碍工具', exact: true });
  const speech = dialog.getByRole('group', { name: '语音', exact: true });
  await speech.getByRole('button', { name: '大字幕', exact: true }).click();
  // Its settings appear while it is on: the display, here 拼音 (its tables load now, under the page's strict policy).
  await speech.getByRole('radio', { name: '拼音', exact: true }).check();
  const bar = page.locator('reach-caption-bar');
  await expect.poll(() => bar.evaluate((host) => !!host.shadowRoot!.querySelector('.bar'))).toBe(true);
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  // Back on the launcher, Shift+Tab moves to the page's link: the bar shows its name and role, each character with its pinyin.
  await page.keyboard.press('Shift+Tab');
  expect(await page.focused((el) => el?.textContent)).toBe('link');
  await expect.poll(() => bar.evaluate((host) => [...host.shadowRoot!.querySelectorAll('rt')].map((rt) => rt.textContent).join(' ')), { timeout: 15_000 }).toBe('liàn jiē');
  expect(await bar.evaluate((host) => host.shadowRoot!.querySelector('.bar')!.textContent)).toContain('link');
  expect(await padding()).not.toBe(before);
  await expectNoAxeViolations(page);
  await page.evaluate(() => window.Reachable!.preferences.set({ captionBar: false }));
  await expect.poll(padding).toBe(before);
  expect(await page.evaluate(() => document.querySelector('reach-caption-bar'))).toBeNull();
  expect(await problems()).toEqual([]);
});

it('the launcher and its panel sit clear of the caption bar (大字幕), and stay put as its text changes', async () => {
  const { page, problems } = await open('/test-pages/body-end.html');
  await page.waitForFunction(() => window.Reachable);
  /** Top and bottom of the launcher, the panel (when shown) and the caption bar, in px. */
  const boxes = () =>
    page.evaluate(() => {
      const edges = (el?: Element | null): [top: number, bottom: number] | undefined => {
        const box = el?.getBoundingClientRect();
        return box && box.height ? [Math.round(box.top), Math.round(box.bottom)] : undefined;
      };
      const toolbar = document.querySelector('reach-toolbar')!.shadowRoot!;
      return { launcher: edges(toolbar.querySelector('.launcher'))!, panel: edges(toolbar.querySelector('.panel')), bar: edges(document.querySelector('reach-caption-bar')?.shadowRoot!.querySelector('.bar')) };
    });
  await page.evaluate(() => {
    // (Trusted Types are enforced on these pages: no HTML strings.)
    const long = Object.assign(document.createElement('p'), { id: 'long', tabIndex: 0, textContent: '一段很长的说明文字，讲述了我们的工作。'.repeat(12) });
    document.querySelector('main')!.append(long);
    window.Reachable!.preferences.set({ captionBar: true });
  });
  // A long text makes the bar three lines tall: the launcher moves above it.
  await page.locator('#long').evaluate((el) => (el as HTMLElement).focus());
  await expect.poll(async () => (await boxes()).bar?.[1]).toBeGreaterThan(0);
  await expect.poll(async () => { const { launcher, bar } = await boxes(); return !!bar && launcher[1] <= bar[0]; }).toBe(true);
  const tall = await boxes();
  // A short text after it: the bar fits it, and the launcher does not move (under the pointer, it would jump away).
  await page.locator('main a').evaluate((el) => (el as HTMLElement).focus());
  await expect.poll(() => page.evaluate(() => document.querySelector('reach-caption-bar')!.shadowRoot!.querySelector('.bar')!.textContent)).toContain('link');
  await expect.poll(async () => (await boxes()).bar![0]).toBeGreaterThan(tall.bar![0]);
  expect((await boxes()).launcher).toEqual(tall.launcher);
  // The panel opens above the launcher, clear of the bar too.
  await page.evaluate(() => window.Reachable!.open());
  await expect.poll(async () => (await boxes()).panel).toBeTruthy();
  const opened = await boxes();
  expect(opened.panel![1]).toBeLessThanOrEqual(opened.launcher[0]);
  expect(opened.launcher[1]).toBeLessThanOrEqual(opened.bar![0]);
  await page.evaluate(() => window.Reachable!.close());
  // Both at the top: the launcher below the bar.
  await page.evaluate(() => {
    window.Reachable!.preferences.set({ captionBarPosition: 'top' });
    document.querySelector('reach-toolbar')!.position = 'top-right';
  });
  await page.locator('#long').evaluate((el) => (el as HTMLElement).focus());
  await expect.poll(async () => { const { launcher, bar } = await boxes(); return !!bar && bar[0] === 0 && launcher[0] >= bar[1]; }).toBe(true);
  expect(await problems()).toEqual([]);
});
