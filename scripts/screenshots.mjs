// Regenerates the toolbar's screenshots in docs/images/ from the charity example:
// both layouts, on a desktop and a phone, open, and with 关怀模式 on; and the recipes'
// (docs/recipes.md), each UI library's page in its own colours and in two colour schemes.
// Run after `pnpm build` and `pnpm build:examples`:
//   node scripts/screenshots.mjs [--out docs/images]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from './chromium.mjs';
import { serveExamples } from './serve.mjs';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/images' } } });
const out = join(import.meta.dirname, '..', values.out);
const executablePath = findChromium();
if (!executablePath) throw new Error(MISSING_CHROMIUM);

const SHOTS = [
  { name: 'toolbar-bar-desktop', layout: 'bar', viewport: { width: 1280, height: 600 } },
  { name: 'toolbar-bar-phone', layout: 'bar', viewport: { width: 375, height: 667 } },
  { name: 'toolbar-launcher-desktop', layout: 'launcher', viewport: { width: 1280, height: 800 } },
  { name: 'toolbar-launcher-phone', layout: 'launcher', viewport: { width: 375, height: 667 } },
  // A choice's popover open in the bar.
  { name: 'toolbar-bar-popover', layout: 'bar', viewport: { width: 1280, height: 600 }, popover: 'colorScheme' },
  // 关怀模式 on: larger text, the large cursor, focus highlighting, the caption bar, and the toolbar's larger targets.
  { name: 'toolbar-launcher-care', layout: 'launcher', viewport: { width: 1280, height: 800 }, preferences: { preset: 'care' } },
];

// The recipes' pages, as the library draws them and in two schemes; set through the page's toolbar's controller.
const RECIPES = [
  { name: 'recipe-bootstrap', path: 'themes/dist/bootstrap.html' },
  { name: 'recipe-layui', path: 'themes/dist/layui.html' },
  { name: 'recipe-element-plus', path: 'vue/dist/donate.html' },
  { name: 'recipe-antd', path: 'react/dist/antd.html' },
];
const RECIPE_SCHEMES = ['default', 'yellow-on-black', 'white-on-blue'];

mkdirSync(out, { recursive: true });
const server = await serveExamples({ port: 0 });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: shot.viewport, reducedMotion: 'reduce' });
    page.on('console', (message) => message.type() === 'error' && console.error(message.text()));
    // Configuration before the script tag runs (an init script is not subject to the page's CSP).
    await page.addInitScript((layout) => (window.ReachableConfig = { layout, lang: 'zh-CN' }), shot.layout);
    await page.goto(new URL('charity/', server.url).href);
    await page.waitForFunction(() => window.Reachable);
    if (shot.preferences) await page.evaluate((preferences) => window.Reachable.preferences.set(preferences), shot.preferences);
    await page.evaluate(() => window.Reachable.open());
    await page.locator('reach-toolbar').evaluate((toolbar) => toolbar.updateComplete);
    if (shot.popover) await page.locator(`reach-toolbar [data-item="${shot.popover}"]`).click();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(out, `${shot.name}.png`) });
    await page.close();
    console.log(`${shot.name}.png`);
  }
  for (const recipe of RECIPES) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
    page.on('console', (message) => message.type() === 'error' && console.error(message.text()));
    await page.goto(new URL(recipe.path, server.url).href);
    await page.waitForFunction(() => document.querySelector('reach-toolbar')?.controller);
    for (const colorScheme of RECIPE_SCHEMES) {
      await page.evaluate((colorScheme) => document.querySelector('reach-toolbar').controller.preferences.set({ colorScheme }), colorScheme);
      await page.waitForTimeout(500); // the libraries' own transitions
      await page.screenshot({ path: join(out, `${recipe.name}-${colorScheme}.png`) });
      console.log(`${recipe.name}-${colorScheme}.png`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
