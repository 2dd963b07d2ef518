// Font scaling cost on a generated page, in real Chromium:
//   node bench/font-scale.mjs [--sections 1500] [--runs 7]
// Reports medians (min–max) of: first enable (script), each later change
// (script, and total with the style and layout it causes), and the browser's
// floor: the rem-authored twin relaying out after one root font-size change.
import { build } from 'esbuild';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { findChromium, MISSING_CHROMIUM } from '../scripts/chromium.mjs';
import { pageHtml } from './pages.mjs';

const { values } = parseArgs({ options: { sections: { type: 'string', default: '1500' }, runs: { type: 'string', default: '7' } } });
const sections = Number(values.sections);
const runs = Number(values.runs);

const { outputFiles } = await build({
  stdin: { contents: "export { createFontScale } from './packages/core/src/font-scale/index.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, format: 'iife', globalName: 'ReachableBench', write: false, minify: true, define: { __DEV__: 'false' },
});
const engineSource = outputFiles[0].text;

const executablePath = findChromium();
if (!executablePath) throw new Error(MISSING_CHROMIUM);
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'] });

async function open(unit) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.setContent(pageHtml({ sections, unit }));
  await page.evaluate(engineSource);
  await page.evaluate(() => document.body.offsetHeight);
  return page;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
const results = { first: [], changeScript: [], changeTotal: [], floor: [] };

for (let run = 0; run < runs + 1; run++) {
  const page = await open('px');
  const r = await page.evaluate(() => {
    const engine = ReachableBench.createFontScale();
    let t = performance.now();
    engine.apply(1.25);
    const first = performance.now() - t;
    document.body.offsetHeight;
    const scripts = [], totals = [];
    for (const scale of [1.5, 2, 1.75, 1.25, 2.5]) {
      t = performance.now();
      engine.apply(scale);
      const script = performance.now() - t;
      document.body.offsetHeight; // the style and layout the change causes
      totals.push(performance.now() - t);
      scripts.push(script);
    }
    return { first, scripts, totals, elements: document.getElementsByTagName('*').length };
  });
  await page.close();
  const twin = await open('rem');
  const floor = await twin.evaluate(() => {
    const totals = [];
    for (const size of [20, 24, 32, 28, 20, 40]) {
      const t = performance.now();
      document.documentElement.style.fontSize = `${size}px`;
      document.body.offsetHeight;
      totals.push(performance.now() - t);
    }
    return totals;
  });
  await twin.close();
  if (run === 0) {
    console.log(`page: ${r.elements} elements (${sections} sections), Chromium ${browser.version()}`);
    continue; // warm-up
  }
  results.first.push(r.first);
  results.changeScript.push(...r.scripts);
  results.changeTotal.push(...r.totals);
  results.floor.push(...floor);
}
await browser.close();

console.log(`first enable, script:            ${fmt(results.first)}`);
console.log(`each later change, script:       ${fmt(results.changeScript)}`);
console.log(`each later change, total:        ${fmt(results.changeTotal)}`);
console.log(`browser floor (rem twin, total): ${fmt(results.floor)}`);
console.log(`ratio to floor (medians):        ${(median(results.changeTotal) / median(results.floor)).toFixed(2)}×`);
