// The recipes of docs/recipes.md (examples/themes, the Element Plus page of examples/vue and the Ant Design page
// of examples/react): each UI library's theme takes the visitor's colour scheme through the CSS hooks (antd: its
// tokens), in every scheme, while Reachable applies no colours of its own (the pages honour colorScheme) — under
// the strict CSP with Trusted Types, but for the antd page, served with the one exception of scripts/serve.mjs.
import { existsSync } from 'node:fs';
import { SCHEME_COLORS } from '@reachable/core';
import { describe, expect, it } from 'vitest';
import { ANTD_CSP, ANTD_PAGE, CSP } from '../../scripts/serve.mjs';
import { useExamples, type Page } from './browser.js';

const open = useExamples();

/** A scheme's colour by role: text, background, or link (also the focus ring's). */
type Role = 'fg' | 'bg' | 'link';
/** What a part of the page should look like in a scheme: its text, its background, its (bottom) border, or the ring its box-shadow draws. */
interface Look {
  color?: Role;
  background?: Role;
  border?: Role;
  ring?: Role;
}

const SURFACE: Look = { color: 'fg', background: 'bg', border: 'fg' };
const OUTLINED: Look = { color: 'fg', background: 'bg', border: 'fg' };
const PRIMARY: Look = { color: 'bg', background: 'link', border: 'link' };

/** Each page: where it is, the part the focus test focuses (its primary action), and the parts to look at. */
const PAGES: { name: string; path: string; focus: string; parts: Record<string, Look> }[] = [
  {
    name: 'Bootstrap 5.3',
    path: '/themes/dist/bootstrap.html',
    focus: '.btn-primary',
    parts: {
      body: { color: 'fg', background: 'bg' },
      '.btn-primary': PRIMARY,
      '.btn-secondary': OUTLINED,
      '.btn-outline-success': OUTLINED,
      '.btn-danger': OUTLINED,
      '.btn-link': { color: 'link' },
      '.btn-check:checked + .btn': { color: 'bg', background: 'fg', border: 'fg' },
      '#name': SURFACE,
      '#project': SURFACE,
      '.form-check-input:checked': { background: 'link', border: 'fg' },
      '.alert': SURFACE,
      '.nav-tabs .nav-link:not(.active)': { color: 'link' },
      '.nav-tabs .nav-link.active': { color: 'fg', background: 'bg' }, // open at the bottom, into its panel
      '.navbar .nav-link.active': { color: 'fg' },
      'tbody tr:first-child td': SURFACE,
      'h1 .badge': { color: 'bg', background: 'link' },
      '.text-bg-success': { color: 'bg', background: 'fg' },
      '.text-bg-warning': { color: 'bg', background: 'fg' },
    },
  },
  {
    name: 'layui',
    path: '/themes/dist/layui.html',
    focus: '.layui-btn:not([class*=" layui-btn-"])',
    parts: {
      body: { color: 'fg', background: 'bg' },
      '.layui-nav': { color: 'fg', background: 'bg', border: 'fg' },
      '.layui-nav-item:not(.layui-this) a': { color: 'link' },
      '.layui-btn:not([class*=" layui-btn-"])': PRIMARY,
      '.layui-btn-normal': OUTLINED,
      '.layui-btn-primary': OUTLINED,
      '.layui-btn-danger': OUTLINED,
      '#name': SURFACE,
      '#project': SURFACE,
      '.layui-elem-quote': { color: 'fg', background: 'bg' },
      '.layui-elem-quote a': { color: 'link' },
      '.layui-tab-title .layui-this a': { color: 'link' },
      'tbody tr:nth-child(2) td': SURFACE,
      '.layui-badge.layui-bg-green': { color: 'bg', background: 'fg' },
      '.layui-badge-rim': SURFACE,
    },
  },
  {
    name: 'Element Plus',
    path: '/vue/dist/donate.html',
    focus: '.el-button--primary:not(.is-link)',
    parts: {
      html: { color: 'fg', background: 'bg' },
      '.el-button--primary:not(.is-link)': PRIMARY,
      '.el-button:not([class*="el-button--"])': OUTLINED,
      '.el-button--success.is-plain': OUTLINED,
      '.el-button--danger': { color: 'bg', background: 'fg', border: 'fg' },
      '.el-button.is-link': { color: 'link' },
      '.el-radio-button.is-active .el-radio-button__inner': PRIMARY,
      '.el-radio-button:not(.is-active) .el-radio-button__inner': OUTLINED,
      '.el-input__wrapper': { background: 'bg', ring: 'fg' },
      '#name': { color: 'fg' },
      '.el-select__wrapper': { background: 'bg', ring: 'fg' },
      '.el-select__selected-item': { color: 'fg' },
      '.el-alert': SURFACE,
      '.el-table__body tr:first-child td': { color: 'fg', border: 'fg' },
      '.el-table__body tr:nth-child(2) td': { color: 'fg', background: 'bg', border: 'fg' },
      '.el-table__header th': { color: 'fg', background: 'bg', border: 'fg' },
      'h1 .el-tag': { color: 'link', background: 'bg', border: 'link' },
      '.el-tag--success': SURFACE,
    },
  },
  {
    name: 'Ant Design',
    path: ANTD_PAGE,
    focus: '.ant-btn-primary:not(.ant-btn-dangerous)',
    parts: {
      html: { color: 'fg', background: 'bg' },
      'header a': { color: 'link' },
      '.ant-btn-primary:not(.ant-btn-dangerous)': { color: 'bg', background: 'link' }, // antd's filled buttons have no border
      '.ant-btn-default': OUTLINED,
      '.ant-btn-dashed': OUTLINED,
      '.ant-btn-primary.ant-btn-dangerous': { color: 'bg', background: 'fg' },
      '.ant-btn-link': { color: 'link' },
      '.ant-radio-button-wrapper-checked': PRIMARY,
      '.ant-radio-button-wrapper:not(.ant-radio-button-wrapper-checked)': OUTLINED,
      '#name': SURFACE,
      '.ant-select-selector': { background: 'bg', border: 'fg' },
      '.ant-select-selection-item': { color: 'fg' },
      '.ant-alert': SURFACE,
      '.ant-alert-icon': { color: 'fg' },
      '.ant-tabs-tab-active .ant-tabs-tab-btn': { color: 'link' },
      '.ant-tabs-tab:not(.ant-tabs-tab-active) .ant-tabs-tab-btn': { color: 'fg' },
      '.ant-table-thead th': SURFACE,
      '.ant-table-tbody tr:first-child td': { color: 'fg', border: 'fg' },
      'h1 .ant-tag': SURFACE,
      '.ant-tag-success': SURFACE,
      '.ant-tag-warning': SURFACE,
    },
  },
];

const SCHEMES = Object.keys(SCHEME_COLORS) as (keyof typeof SCHEME_COLORS)[];

/** '#ff0' as getComputedStyle gives it: 'rgb(255, 255, 0)'. */
function rgb(hex: string): string {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  return `rgb(${digits.map((d) => parseInt(d, 16)).join(', ')})`;
}

/** The WCAG contrast ratio of two opaque computed colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Each part's computed colours: text, background, bottom border, the colour of its box-shadow ring. */
function look(page: Page, selectors: string[]) {
  return page.evaluate((selectors) => {
    const parts: Record<string, { color: string; background: string; border: string; ring: string }> = {};
    for (const selector of selectors) {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector}`);
      const style = getComputedStyle(el);
      parts[selector] = { color: style.color, background: style.backgroundColor, border: style.borderBottomColor, ring: style.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? 'none' };
    }
    // Reachable's own scheme CSS would sit in a cascade layer of that name.
    const schemeCss = [...document.adoptedStyleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('@layer reach-color-scheme')));
    return { parts, schemeCss };
  }, selectors);
}

const setScheme = (page: Page, colorScheme: string) =>
  page.evaluate((colorScheme) => document.querySelector('reach-toolbar')!.controller!.preferences.set({ colorScheme: colorScheme as never }), colorScheme);

/**
 * Firefox reports a ResizeObserver callback that changes layout (Element Plus's table and select measure
 * themselves as the scheme restyles them) as an error event, though nothing is lost: the notifications come in the
 * next frame. Reachable's own observers are held to no such error by the tests of its pages.
 */
const withoutLibraryNoise = (problems: string[]) => problems.filter((problem) => !/ResizeObserver loop completed with undelivered notifications/.test(problem));

describe.each(PAGES)('the $name recipe', ({ name, path, focus, parts }) => {
  const selectors = Object.keys(parts);

  it('is built', () => {
    expect(existsSync(new URL(`../../examples${path}`, import.meta.url)), 'run `pnpm build:examples` first').toBe(true);
  });

  it.each(SCHEMES)('draws every part in %s at 7:1 (text) and 3:1 (borders, focus ring), with no colours of Reachable’s own', async (scheme) => {
    const { page, problems } = await open(path);
    await page.waitForFunction(() => document.querySelector('reach-toolbar')?.controller);
    await setScheme(page, scheme);
    const [fg, bg, link] = SCHEME_COLORS[scheme].map(rgb) as [string, string, string];
    const colors: Record<Role, string> = { fg, bg, link };

    // The colours the recipe promises, once the libraries' transitions have run.
    const expected = Object.fromEntries(
      Object.entries(parts).map(([selector, want]) => [selector, Object.fromEntries(Object.entries(want).map(([property, role]) => [property, colors[role as Role]]))]),
    );
    await expect.poll(async () => (await look(page, selectors)).parts, { timeout: 5000 }).toMatchObject(expected);
    const { parts: seen, schemeCss } = await look(page, selectors);
    expect(schemeCss).toBe(false);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-reach-color-scheme'))).toBe(scheme);

    // Contrast, from the computed colours: each part's text on its own background (or the page's, if it has none).
    for (const [selector, { color, background, border, ring }] of Object.entries(seen)) {
      const under = background === 'rgba(0, 0, 0, 0)' ? bg : background;
      const want = parts[selector]!;
      if (want.color) expect(contrast(color, under), `${selector}: text`).toBeGreaterThanOrEqual(7);
      if (want.border) expect(contrast(border, bg), `${selector}: border`).toBeGreaterThanOrEqual(3);
      if (want.ring) expect(contrast(ring, bg), `${selector}: ring`).toBeGreaterThanOrEqual(3);
    }

    // The focus ring of the primary action, in the focus colour (once layui's transition of everything has run).
    const ring = () =>
      page.evaluate((selector) => {
        const el = document.querySelector<HTMLElement>(selector)!;
        el.focus();
        const style = getComputedStyle(el);
        return { focusVisible: el.matches(':focus-visible'), color: style.outlineColor, width: style.outlineWidth, style: style.outlineStyle };
      }, focus);
    await expect.poll(ring).toEqual({ focusVisible: true, color: link, width: '3px', style: 'solid' });
    expect(contrast(link, bg)).toBeGreaterThanOrEqual(3);

    // Every text of the page at WCAG's enhanced contrast (7:1, 4.5:1 for large text), and no other violations.
    expect(await page.axeViolations({ runOnly: ['color-contrast-enhanced'] })).toEqual([]);
    expect(await page.axeViolations()).toEqual([]);
    const seenProblems = await problems();
    expect(name === 'Element Plus' ? withoutLibraryNoise(seenProblems) : seenProblems).toEqual([]);
  });

  it("returns to the library's own colours when the scheme is reset", async () => {
    const { page, problems } = await open(path);
    await page.waitForFunction(() => document.querySelector('reach-toolbar')?.controller);
    const before = await look(page, selectors);
    await setScheme(page, 'white-on-blue');
    const blue = rgb(SCHEME_COLORS['white-on-blue'][1]);
    await expect.poll(async () => (await look(page, selectors)).parts[selectors[0]!]!.background).toBe(blue);
    await page.evaluate(() => document.querySelector('reach-toolbar')!.controller!.preferences.reset());
    await expect.poll(() => look(page, selectors), { timeout: 5000 }).toEqual(before);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-reach-color-scheme'))).toBe(false);
    // Resetting restyles Element Plus's table and select as applying did: the same library noise in Firefox.
    const seenProblems = await problems();
    expect(name === 'Element Plus' ? withoutLibraryNoise(seenProblems) : seenProblems).toEqual([]);
  });
});

// What only the antd page has: the CSP exception it is served with, and states its tokens set beyond the
// resting colours (hovers, the select's list), since antd derives them from the seeds with its colour algorithm.
describe('the Ant Design recipe', () => {
  it('is the one page served without the strict policy, and its exception still allows no inline script', async () => {
    const { page } = await open(ANTD_PAGE);
    const origin = await page.evaluate(() => location.origin);
    const policy = async (path: string) => (await fetch(new URL(path, origin))).headers.get('content-security-policy');
    expect(await policy(ANTD_PAGE)).toBe(ANTD_CSP);
    expect(ANTD_CSP).toContain("script-src 'self';");
    expect(ANTD_CSP).toContain("style-src 'self' 'unsafe-inline';");
    expect(ANTD_CSP).not.toContain('require-trusted-types-for');
    for (const path of ['/react/dist/', '/react/dist/index.html', '/vue/dist/donate.html', '/themes/dist/bootstrap.html', '/charity/']) expect(await policy(path), path).toBe(CSP);
  });

  const HOVERED: Record<string, Look> = {
    '.ant-btn-primary:not(.ant-btn-dangerous)': { color: 'bg', background: 'link' },
    '.ant-btn-default': { color: 'link', background: 'bg', border: 'link' },
    '.ant-btn-dashed': { color: 'link', background: 'bg', border: 'link' },
    '.ant-btn-primary.ant-btn-dangerous': { color: 'bg', background: 'fg' },
    '.ant-btn-link': { color: 'link' },
    '.ant-radio-button-wrapper-checked': PRIMARY,
    '.ant-radio-button-wrapper:first-child:not(.ant-radio-button-wrapper-checked)': { color: 'link', background: 'bg', border: 'fg' },
    '#name': { color: 'fg', background: 'bg', border: 'link' },
    '.ant-select-selector': { background: 'bg', border: 'link' },
    '.ant-tabs-tab:not(.ant-tabs-tab-active) .ant-tabs-tab-btn': { color: 'link' },
  };

  it.each(SCHEMES)('keeps hovered parts and the select’s list in %s’s colours', async (scheme) => {
    const { page, problems } = await open(ANTD_PAGE);
    await page.waitForFunction(() => document.querySelector('reach-toolbar')?.controller);
    await setScheme(page, scheme);
    const [fg, bg, link] = SCHEME_COLORS[scheme].map(rgb) as [string, string, string];
    const colors: Record<Role, string> = { fg, bg, link };
    const colorsOf = (want: Look) => Object.fromEntries(Object.entries(want).map(([property, role]) => [property, colors[role as Role]]));

    for (const [selector, want] of Object.entries(HOVERED)) {
      const { x, y } = await page.evaluate((selector) => {
        const box = document.querySelector(selector)!.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }, selector);
      await page.driver.hover(x, y);
      await expect.poll(async () => (await look(page, [selector])).parts[selector], { timeout: 5000, message: `${selector}:hover` }).toMatchObject(colorsOf(want));
      const { color, background, border } = (await look(page, [selector])).parts[selector]!;
      if (want.color) expect(contrast(color, background === 'rgba(0, 0, 0, 0)' ? bg : background), `${selector}:hover text`).toBeGreaterThanOrEqual(7);
      if (want.border) expect(contrast(border, bg), `${selector}:hover border`).toBeGreaterThanOrEqual(3);
    }

    // The list, by keyboard (the pointer out of its way): the chosen option swaps its colours, the one the
    // keyboard is on has the focus ring.
    await page.driver.hover(1, 1);
    await page.locator('#project').evaluate((input: HTMLElement) => input.focus());
    await page.keyboard.press('ArrowDown');
    // antd moves the list: it fades in (about 70 ms at opacity 0 while it prepares, then 200 ms of animation), sets
    // the option the keyboard is on when it has opened (a key pressed before that was lost on a busy machine), and
    // each option's background takes 300 ms to change. axe-core reads colours as they are at that moment. So each
    // step waits until the list is opaque, its motion classes are gone and nothing in it moves.
    const settled = () =>
      page.waitForFunction(() => {
        const open = document.querySelector('.ant-select-dropdown');
        const moving = open?.getAnimations({ subtree: true }).some((animation) => animation.playState === 'running');
        return !!open && getComputedStyle(open).opacity === '1' && !/-(appear|enter)/.test(open.className) && !moving && !!open.querySelector('.ant-select-item-option-active');
      });
    await settled();
    await page.keyboard.press('ArrowDown');
    const list = () =>
      page.evaluate(() => {
        const style = (selector: string) => {
          const el = document.querySelector(selector);
          if (!el) return undefined;
          const { color, backgroundColor, outlineColor, outlineStyle, outlineWidth } = getComputedStyle(el);
          return { color, background: backgroundColor, outline: `${outlineWidth} ${outlineStyle} ${outlineColor}` };
        };
        return { chosen: style('.ant-select-item-option-selected'), active: style('.ant-select-item-option-active:not(.ant-select-item-option-selected)'), list: style('.ant-select-dropdown') };
      });
    await expect.poll(list, { timeout: 5000 }).toMatchObject({
      chosen: { color: bg, background: fg },
      active: { color: fg, outline: `2px solid ${link}` },
      list: { color: fg, background: bg, outline: `1px solid ${fg}` },
    });
    expect(contrast(bg, fg)).toBeGreaterThanOrEqual(7);
    expect(contrast(link, bg)).toBeGreaterThanOrEqual(3);
    await settled();
    expect(await page.axeViolations({ runOnly: ['color-contrast-enhanced'] })).toEqual([]);
    expect(await problems()).toEqual([]);
  });
});
