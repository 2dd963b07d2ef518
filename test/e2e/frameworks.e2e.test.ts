// The framework examples (examples/vite-ts, react, vue) as Vite builds them:
// the toolbar sharing the app's controller, preferences flowing back into the
// framework, and announcements — under the strict CSP with Trusted Types.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useExamples } from './browser.js';

const open = useExamples();

const FRAMEWORKS = [
  { name: 'vite-ts', launcher: '无障碍工具', larger: '增大字体大小', rolesShown: '北京：2 个岗位' },
  { name: 'react', launcher: 'Accessibility tools', larger: 'Increase Text size', rolesShown: 'Beijing: 2 roles' },
  { name: 'vue', launcher: '无障碍工具', larger: '增大字体大小', rolesShown: '北京：2 个岗位' },
];

const region = (politeness: 'polite' | 'assertive') => `reach-live-region [aria-live="${politeness}"]`;

describe.each(FRAMEWORKS)('the $name example', ({ name, launcher, larger, rolesShown }) => {
  it('is built', () => {
    expect(existsSync(new URL(`../../examples/${name}/dist/index.html`, import.meta.url)), 'run `pnpm build:examples` first').toBe(true);
  });

  it('shares its controller with the toolbar and shows the text size the visitor picks', async () => {
    const { page, problems } = await open(`/${name}/dist/`);
    await page.getByRole('button', { name: launcher, exact: true }).waitFor();
    expect(await page.locator('reach-toolbar').count()).toBe(1);
    // The app's controller was passed as a property (the toolbar did not make its own).
    const passed = await page
      .locator('reach-toolbar')
      .evaluate((el: HTMLElementTagNameMap['reach-toolbar']) => ({ property: 'preferences' in (el.controller ?? {}), attribute: el.hasAttribute('controller') }));
    expect(passed).toEqual({ property: true, attribute: false });
    const textSize = page.locator('#text-size');
    expect(await textSize.textContent()).toBe('100%');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: launcher, exact: true }).click();
    await page.getByRole('button', { name: larger }).click();
    await expect.poll(() => textSize.textContent()).toBe('125%');
    await page.getByRole('button', { name: larger }).click();
    await expect.poll(() => textSize.textContent()).toBe('150%');
    // The app's controller applies the aid: the page's text is larger too.
    const h1 = await page.locator('h1').evaluate((el) => getComputedStyle(el).fontSize);
    expect(parseFloat(h1)).toBeGreaterThan(28 * 1.4);
    await expectNoAxeViolations(page);
    expect(await problems()).toEqual([]);
  });

  it('announces the form result, and the filter result through <reach-announcer>', async () => {
    const { page, problems } = await open(`/${name}/dist/`);
    await page.getByRole('button', { name: launcher, exact: true }).waitFor();

    await page.getByLabel(/City/).selectOption('beijing');
    await expect.poll(() => page.locator('main li:visible').count()).toBe(2);
    await expect.poll(() => page.textContent(region('polite'))).toContain(rolesShown);

    await page.getByRole('button', { name: /Sign up/ }).click();
    await expect.poll(() => page.textContent(region('assertive'))).toContain('Please enter your name.');
    expect(await page.getByLabel(/Name/).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    await page.getByLabel(/Name/).fill('李明');
    await page.getByRole('button', { name: /Sign up/ }).click();
    await expect.poll(() => page.textContent(region('polite'))).toContain('Thank you, 李明!');
    expect(await page.locator('#result').textContent()).toContain('谢谢，李明！');
    expect(await page.getByLabel(/Name/).getAttribute('aria-invalid')).toBe('false');
    expect(await problems()).toEqual([]);
  });
});

describe('the vite-ts example, for its own developers', () => {
  it("shows @reachable/audit's panel at ?reachable-audit, in the page's language, under the strict CSP with Trusted Types", async () => {
    const { page, problems } = await open('/vite-ts/dist/?reachable-audit');
    const panel = page.locator('reach-audit-panel');
    await expect.poll(() => panel.locator('[role="status"]').textContent(), { timeout: 25_000 }).toMatch(/^发现 \d+ 个问题/);
    expect(await panel.locator('h2').textContent()).toBe('无障碍检查');
    expect(await panel.locator('li.finding').count()).toBeGreaterThan(0);
    expect(await panel.locator('.marker').count()).toBeGreaterThan(0);
    // Zoomed with CSS zoom, as Reachable's page zoom does: each marker stays on its element's top-left
    // corner, and the panel keeps its size (in every engine, with or without Element.currentCSSZoom).
    const placed = () =>
      page.evaluate(() => {
        const shadow = document.querySelector('reach-audit-panel')!.shadowRoot!;
        const panelWidth = Math.round(shadow.querySelector('aside')!.getBoundingClientRect().width);
        const offsets = [...shadow.querySelectorAll<HTMLElement>('.marker')].flatMap((marker) => {
          const button = shadow.querySelector<HTMLElement>(`button[data-f="${marker.dataset.f}"][data-e="${marker.dataset.e}"]`)!;
          const el = document.querySelector(button.textContent!);
          if (!el) return [];
          const [m, r] = [marker.getBoundingClientRect(), el.getBoundingClientRect()];
          // Where floating-ui puts it: above the element (or below, when there is no room), at its left edge (or shifted into view).
          return [{ left: Math.round(m.left - Math.max(r.left, 2)), touching: Math.round(Math.min(Math.abs(r.top - m.bottom), Math.abs(m.top - r.bottom))) }];
        });
        return { panelWidth, offsets };
      });
    const before = await placed();
    expect(before.offsets.length).toBeGreaterThan(0);
    await page.evaluate(() => (document.documentElement.style.zoom = '1.5'));
    // Within a pixel: the zoomed page's boxes fall on fractions of a pixel.
    const near = (offsets: { left: number; touching: number }[]) =>
      offsets.length === before.offsets.length && offsets.every((o, i) => Math.abs(o.left - before.offsets[i]!.left) <= 1 && Math.abs(o.touching - before.offsets[i]!.touching) <= 1);
    await expect.poll(async () => near((await placed()).offsets)).toBe(true);
    expect((await placed()).panelWidth).toBe(before.panelWidth);
    expect(await problems()).toEqual([]);
  }, 30_000);
});
