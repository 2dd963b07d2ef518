// A site that follows its visitors (examples/integration): its own CSS takes the visitor's colour scheme through the
// hooks (data-honours="colorScheme": Reachable applies no colours of its own), and its canvas chart redraws with the
// scheme and text size — under the strict CSP with Trusted Types.
import { expect, it } from 'vitest';
import { expectNoAxeViolations, useExamples } from './browser.js';

const open = useExamples();

it('takes the scheme through its own CSS and redraws its chart and map, while Reachable applies no colours', async () => {
  const { page, problems } = await open('/integration/');
  await page.waitForFunction(() => window.Reachable);
  const look = () =>
    page.evaluate(() => {
      const canvas = document.querySelector('canvas')!;
      const [r, g, b] = canvas.getContext('2d')!.getImageData(2, 2, 1, 1).data;
      return {
        body: getComputedStyle(document.body).color,
        page: getComputedStyle(document.documentElement).backgroundColor,
        canvas: `rgb(${r}, ${g}, ${b})`,
        region: getComputedStyle(document.querySelector('.map .region')!).stroke,
        label: parseFloat(getComputedStyle(document.querySelector('.map text')!).fontSize),
        // Reachable's own scheme CSS would sit in a cascade layer of that name (the hooks' rules name only the attribute).
        schemeCss: [...document.adoptedStyleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('@layer reach-color-scheme'))),
      };
    });
  const before = await look();
  expect(before).toMatchObject({ body: 'rgb(31, 41, 51)', page: 'rgb(251, 250, 247)', canvas: 'rgb(251, 250, 247)', label: 13, schemeCss: false });

  await page.evaluate(() => window.Reachable!.preferences.set({ colorScheme: 'yellow-on-black', fontScale: 1.5 }));
  await expect.poll(look).toMatchObject({ body: 'rgb(255, 255, 0)', page: 'rgb(0, 0, 0)', canvas: 'rgb(0, 0, 0)', region: 'rgb(255, 255, 0)', label: 19.5, schemeCss: false });
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-reach-color-scheme'))).toBe('yellow-on-black');
  await expectNoAxeViolations(page);

  await page.evaluate(() => window.Reachable!.preferences.reset());
  await expect.poll(look).toEqual(before);
  expect(await problems()).toEqual([]);
});

it("offers the site's own preset from its configuration file after 关怀模式, and it works from the panel", async () => {
  const { page, problems } = await open('/integration/');
  await page.getByRole('button', { name: '无障碍工具', exact: true }).click();
  const calm = page.locator('reach-toolbar').getByRole('button', { name: '安静阅读', exact: true });
  await calm.click();
  await expect.poll(() => page.evaluate(() => window.Reachable!.preferences.get())).toMatchObject({ preset: 'calm', reduceMotion: true, readingGuide: 'line' });
  expect(await calm.getAttribute('aria-pressed')).toBe('true');
  await expectNoAxeViolations(page);
  await calm.click();
  await expect.poll(() => page.evaluate(() => window.Reachable!.preferences.get().readingGuide)).toBe('off');
  expect(await problems()).toEqual([]);
});
