// The announcer as a site ships it: the built script-tag bundle and ES module,
// on example pages served with a strict CSP and Trusted Types enforced.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useExamples } from './browser.js';

interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string };
}

const open = useExamples();
const region = (politeness: string, within = '') => `${within} reach-live-region > [aria-live="${politeness}"]`.trim();

describe('announcer example (script tag)', () => {
  it('speaks a form error assertively and a success politely, with no errors or CSP violations', async () => {
    const { page, problems } = await open('/announcer/');
    await page.waitForFunction(() => window.Reachable?.version);
    await page.getByRole('button', { name: '捐款 Donate' }).click();
    await expect.poll(() => page.textContent(region('assertive'))).toBe('请填写姓名。Please enter your name.');
    await page.getByLabel('您的姓名').fill('李雷');
    await page.getByRole('button', { name: '捐款 Donate' }).click();
    await expect.poll(() => page.textContent(region('polite'))).toContain('感谢您的捐款 ¥100');
    await expectNoAxeViolations(page);
    expect(await problems()).toEqual([]);
  });

  it('speaks from <reach-announcer> when its message changes', async () => {
    const { page, problems } = await open('/announcer/');
    await page.getByRole('searchbox', { name: '筛选 Filter' }).fill('盲文');
    await expect.poll(() => page.textContent(region('polite'))).toBe('显示 1 个项目 · 1 project shown');
    expect(await problems()).toEqual([]);
  });

  it('writes inside the open modal dialog', async () => {
    const { page, problems } = await open('/announcer/');
    await page.getByRole('button', { name: '确认后再捐 Confirm first' }).click();
    await page.getByRole('button', { name: '确认 Confirm', exact: true }).click();
    await expect.poll(() => page.textContent(region('polite', 'dialog[open]'))).toContain('已确认');
    await expectNoAxeViolations(page);
    expect(await problems()).toEqual([]);
  });

  it('Reachable.destroy() removes the live regions, also when only the toolbar or <reach-announcer> has spoken', async () => {
    const { page, problems } = await open('/charity/');
    await page.getByRole('button', { name: '无障碍工具', exact: true }).waitFor();
    // A shortcut: the toolbar says the new text size, through live regions of its own loading.
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(() => page.locator(region('polite')).textContent()).toContain('字体大小');
    await page.evaluate(() => window.Reachable!.destroy());
    await expect.poll(() => page.locator('reach-live-region').count()).toBe(0);
    expect(await problems()).toEqual([]);
  });

  it('loading the bundle twice keeps one Reachable and throws nothing', async () => {
    const { page, problems } = await open('/announcer/');
    await page.evaluate(() => Object.assign(window, { firstReachable: window.Reachable }));
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const again = document.createElement('script');
          // The page enforces Trusted Types, as strict sites do.
          const { trustedTypes } = window as unknown as { trustedTypes: TrustedTypes };
          const policy = trustedTypes.createPolicy('test-double-load', { createScriptURL: (url: string) => url });
          again.src = policy.createScriptURL('/packages/embed/dist/reachable.js');
          again.onload = resolve;
          again.onerror = reject;
          document.head.append(again);
        }),
    );
    expect(await page.evaluate(() => window.Reachable === (window as { firstReachable?: unknown }).firstReachable)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('reach-live-region').length)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => Object.isFrozen(window.Reachable))).toBe(true);
    expect(await problems()).toEqual([]);
  });
});

describe('announcer example (ES module)', () => {
  it('announces from the npm build and drops a cancelled delayed message', async () => {
    const { page, problems } = await open('/announcer/esm.html');
    await page.getByRole('button', { name: 'Join the Saturday shift' }).click();
    await expect.poll(() => page.textContent(region('polite'))).toBe('You joined the Saturday shift. 4 places left.');
    await page.getByRole('button', { name: 'Save (slow network)' }).click();
    // "Saving…" is said a second after the click and replaced by "Saved." at 2.5 s: look for it all that while.
    await expect.poll(() => page.textContent(region('polite')), { timeout: 2400 }).toBe('Saving…');
    await expect.poll(() => page.textContent(region('polite')), { timeout: 4000 }).toBe('Saved.');
    await expectNoAxeViolations(page);
    expect(await problems()).toEqual([]);
  });
});
