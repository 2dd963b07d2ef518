// Reachable's benchmark suite: holds the packages to the budgets of docs/performance.md,
// measured in real Chromium on generated pages. Timings live here, never in tests.
// The aids measured are those of the aid registry, with values taken from their schema.
//
//   pnpm bench            build, measure, print a table, write bench/results/latest.json
//   pnpm bench --check    …and exit 1 if a budget is exceeded
//   pnpm bench --runs 3   fewer runs (default 4, each after one warm-up)
//   pnpm bench --only boot,leaks   some sections only (sizes, boot, panel, engines, guide, pointer, dynamic, leaks, audit)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from '../scripts/chromium.mjs';
import { countObservers } from '../test/observers.mjs';
import { pageHtml, sectionsHtml } from './pages.mjs';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    runs: { type: 'string', default: '4' },
    out: { type: 'string', default: 'bench/results/latest.json' },
    only: { type: 'string', default: 'sizes,boot,panel,engines,guide,pointer,dynamic,leaks,audit' },
  },
});
const SECTIONS = new Set(args.only.split(',').map((s) => s.trim()));
const KNOWN = ['sizes', 'boot', 'panel', 'engines', 'guide', 'pointer', 'dynamic', 'leaks', 'audit'];
for (const section of SECTIONS) {
  if (!KNOWN.includes(section)) {
    console.error(`pnpm bench --only: unknown section "${section}" (sections: ${KNOWN.join(', ')})`);
    process.exit(2);
  }
}
const RUNS = Math.max(1, Number(args.runs));
const started = Date.now();

// ——— statistics and reporting ———

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });
const rows = [];
/** One line of the report; `budget` is checked against the median (or the value): at most, or `atLeast` it. */
function record(group, name, value, unit, budget, { atLeast = false } = {}) {
  const stats = Array.isArray(value) ? summary(value) : { median: value, min: value, max: value, n: 1 };
  const ok = budget === undefined ? undefined : atLeast ? stats.median >= budget : stats.median <= budget;
  rows.push({ group, name, unit, ...stats, budget, ok, ...(atLeast && { atLeast }) });
}
const log = (message) => process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s  ${message}\n`);

// ——— 1. sizes ———

async function measureSizes() {
  log('sizes (size-limit, as pnpm check measures them)');
  const { execFileSync } = await import('node:child_process');
  const output = execFileSync(join(root, 'node_modules/.bin/size-limit'), ['--json'], { cwd: root, encoding: 'utf8' });
  for (const entry of JSON.parse(output)) record('size (gzip, size-limit)', entry.name, entry.size, 'B', entry.sizeLimit);
  // size-limit takes its own wrapper off an import's size; a site's bundler adds it.
  const { announceAsBundled, ANNOUNCE_BUDGET } = await import('../scripts/size-as-bundled.mjs');
  record('size (gzip, as a site bundles it)', "import { announce } from '@reachable/core', plain esbuild, minify, gzip -9", await announceAsBundled(), 'B', ANNOUNCE_BUDGET);
  await measureParts();
}

/**
 * Where the bytes of the two files that miss their aims go (docs/performance.md, "The size aims"):
 * each line adds one part to the line above it, built as the script tag builds its files (minified,
 * what loads on demand left out, the browser's own Set and Array.from), gzip -9. No budgets: the
 * lines above hold the files; these say what a smaller file would have to leave out.
 */
async function measureParts() {
  const { gzipSync } = await import('node:zlib');
  const { gzipBundled } = await import('../scripts/size-as-bundled.mjs');
  const { nativeBuiltins } = await import('../scripts/native-builtins.mjs');
  const onDemandApart = { name: 'on-demand-apart', setup: (b) => b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined)) };
  const size = (imports) => {
    const used = imports.flatMap(([names, from], i) => names.split(' ').map((name, j) => ({ name, from, as: `p${i}_${j}` })));
    const contents = `${used.map(({ name, from, as }) => `import { ${name} as ${as} } from ${JSON.stringify(from)};`).join('\n')}\nglobalThis.parts = [${used.map(({ as }) => as).join(', ')}];`;
    return gzipBundled(contents, { format: 'iife', target: 'es2022', define: { __DEV__: 'false', __VERSION__: '"0"' }, plugins: [onDemandApart, nativeBuiltins()] });
  };
  const cumulative = async (group, parts) => {
    const imports = [];
    for (const [name, ...more] of parts) {
      imports.push(...more);
      record(group, name, await size(imports), 'B');
    }
  };
  await cumulative("size (gzip, the first file's parts, each line adding to the one above)", [
    ['the preference store, its schema and storage', ['createPreferenceStore', '@reachable/core/preferences']],
    [
      'the controller: every aid\'s registry entry, the engines a returning visitor needs at first paint (text size, colour scheme, text spacing, page zoom), CSS hooks, presets',
      ['createReachable', '@reachable/core/controller'],
    ],
    ['the configuration reader (data-* attributes and window.ReachableConfig, with their warnings)', ['readConfig', './src/config.ts']],
    ['the launcher and the shortcuts (the toolbar before its panel), window.Reachable', ['boot', './src/boot.ts']],
  ]);
  // What the build adds: the table of the modules the first file lends its chunks, and the guard around it all.
  const firstFile = gzipSync(readFileSync(join(root, 'packages/embed/dist/reachable.js')), { level: 9 }).length;
  record("size (gzip, the first file's parts, each line adding to the one above)", 'the modules it lends its chunks: the whole first file, as built', firstFile, 'B');
  await cumulative("size (gzip, read-aloud's parts, each line adding to the one above)", [
    ['the accessible-name library (dom-accessibility-api: computeAccessibleName, getRole)', ['computeAccessibleName getRole', 'dom-accessibility-api']],
    ['what to say for an element (name, role, text; what is hidden)', ['describe', join(root, 'packages/core/dist/speech/describe.js')]],
    ['voices by language, sentence chunks', ['chooseVoice loadVoices', join(root, 'packages/core/dist/speech/voices.js')], ['chunk', join(root, 'packages/core/dist/speech/chunk.js')]],
    ['the engine: 指读, 连读, the watchdog, pause and stop, a site\'s own voice', ['createSpeech', join(root, 'packages/core/dist/speech/speech.js')]],
  ]);
}

// ——— 2. the browser ———

const coreSource = (
  await build({
    entryPoints: [join(root, 'packages/core/dist/index.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'ReachableCore',
    write: false,
    logLevel: 'silent',
    // The caption bar's conversion tables (megabytes) would be parsed on every page: no benchmark picks them.
    plugins: [
      {
        name: 'without-tables',
        setup(b) {
          b.onResolve({ filter: /[\\/]tables[\\/]/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, namespace: 'none' } : undefined));
          b.onLoad({ filter: /.*/, namespace: 'none' }, () => ({ contents: 'throw new Error("not in the benchmark")' }));
        },
      },
    ],
  })
).outputFiles[0].text;
const embedSource = readFileSync(join(root, 'packages/embed/dist/reachable.js'), 'utf8');
// The leak cycles open the panel on a page with no server for chunks: the one-file build holds the same code.
const standaloneSource = readFileSync(join(root, 'packages/embed/dist/reachable.standalone.js'), 'utf8');

const executablePath = findChromium();
if (!executablePath) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });

/** A page served from a real origin (so storage works), with no network at all. */
async function open(html, { requests } = {}) {
  const page = await context.newPage();
  await page.addInitScript(countObservers);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === 'http://bench.localhost/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    requests?.push(url);
    return route.abort();
  });
  await page.goto('http://bench.localhost/');
  await page.evaluate(() => document.body.offsetHeight);
  return page;
}

// ——— 3. boot ———
//
// What a visitor's browser does with the tag a site pastes: the bundle fetched
// from a server as a `<script src>` (added to the shown page, so it runs as an
// async script does; Chromium compiles it off the main thread while it
// downloads, as for `defer`), then run. Measured from a Chromium trace: from the moment the
// script starts to run (EvaluateScript) to the toolbar rendered and laid out —
// the main thread's CPU time (what the budget counts: the work Reachable puts
// on the page) and the wall-clock time (which on a shared 2-core machine also
// holds the time the thread waited for a core). The same bundle pasted inline
// (compiled on the main thread) is reported for comparison.

const BOOT_PAGES = [
  ['small page (90 elements)', 90],
  ['13,500-element page', 13_500],
];

async function bootRun(page, { inline }) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  const longTasks = await page.evaluate(
    async ({ inline, source }) => {
      const long = [];
      new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      const script = document.createElement('script');
      const loaded = new Promise((resolve) => (script.onload = resolve));
      if (inline) script.textContent = source;
      else script.src = `/reachable.js?${Math.random()}`; // a first visit: nothing cached
      performance.mark('reach-bench-start');
      document.head.append(script);
      if (!inline) await loaded;
      await document.querySelector('reach-toolbar').updateComplete;
      document.body.offsetHeight; // the style and layout the toolbar causes
      performance.mark('reach-bench-ready');
      await new Promise((resolve) => setTimeout(resolve, 50));
      return long;
    },
    { inline, source: inline ? embedSource : '' },
  );
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const mark = (name) => events.find((e) => e.name === name);
  const begin = mark('reach-bench-start');
  const ready = mark('reach-bench-ready');
  const run = events.find((e) => e.name === 'EvaluateScript' && e.tid === ready.tid && e.ts >= begin.ts);
  return { cpu: (ready.tts - run.tts) / 1000, wall: (ready.ts - run.ts) / 1000, longTasks };
}

async function measureBoot() {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/reachable.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(embedSource);
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(pageHtml({ elements: Number(url.searchParams.get('elements')) }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const requests = [];
  for (const inline of [false, true]) {
    for (const [label, elements] of BOOT_PAGES) {
      const how = inline ? 'pasted inline' : 'script tag';
      log(`boot: ${label}, ${how}`);
      const cpu = [];
      const wall = [];
      const longTasks = [];
      for (let run = 0; run <= RUNS; run++) {
        const page = await context.newPage();
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.origin !== origin || !['/', '/reachable.js'].includes(url.pathname)) requests.push(request.url());
        });
        await page.goto(`${origin}/?elements=${elements}`);
        await page.evaluate(() => document.body.offsetHeight);
        const result = await bootRun(page, { inline });
        await page.close();
        if (run === 0) continue; // warm-up
        cpu.push(result.cpu);
        wall.push(result.wall);
        longTasks.push(...result.longTasks);
      }
      const group = `boot (${how})`;
      record(group, `${label}: main-thread time, script run to toolbar ready`, cpu, 'ms', inline ? undefined : 8);
      record(group, `${label}: the same, wall clock`, wall, 'ms');
      record(group, `${label}: long tasks (> 50 ms)`, longTasks.length, '', inline ? undefined : 0);
    }
  }
  record('network', 'requests by Reachable during boot (all pages and runs)', requests.length, '', 0);
  server.close();
}

// ——— 3b. the panel, loaded on demand ———
//
// The script tag's folder served by a local HTTP server. From the launcher's click to the panel
// painted (the update that renders it, then the next frame): with its files already fetched
// (the visitor's pointer passed over the launcher first), and cold (nothing fetched yet).
// And a returning visitor's first file: the aids they saved applied in the boot's own task,
// with no other file requested.

async function measurePanel() {
  const dist = join(root, 'packages/embed/dist');
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname.endsWith('.js')) {
      try {
        const body = readFileSync(join(dist, url.pathname));
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        return response.end(body);
      } catch {
        return response.writeHead(404).end();
      }
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    const html = pageHtml({ elements: 90 });
    response.end(url.searchParams.has('bare') ? html : html.replace('</head>', '<script src="/reachable.js" defer></script></head>'));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const times = { prefetched: [], cold: [] };
  const returning = { cpu: [], chunkRequests: 0 };
  for (let run = 0; run <= RUNS; run++) {
    for (const how of ['prefetched', 'cold']) {
      log(`panel: ${how}, run ${run}`);
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => document.querySelector('reach-toolbar')?.hasUpdated);
      const ms = await page.evaluate(async (prefetch) => {
        const toolbar = document.querySelector('reach-toolbar');
        const launcher = toolbar.shadowRoot.querySelector('.launcher');
        if (prefetch) {
          launcher.dispatchEvent(new PointerEvent('pointerenter'));
          await toolbar.updateComplete;
        }
        const t = performance.now();
        launcher.click();
        await toolbar.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        if (!toolbar.shadowRoot.querySelector('.panel:not([hidden])')) throw new Error('the panel did not open');
        return performance.now() - t;
      }, how === 'prefetched');
      await page.close();
      if (run > 0) times[how].push(ms);
    }
    // A returning visitor: a colour scheme and a text size saved.
    const page = await context.newPage();
    const chunks = [];
    page.on('request', (request) => request.url().includes('/chunks/') && chunks.push(request.url()));
    await page.goto(`${origin}/?bare`);
    await page.evaluate(() => localStorage.setItem('reachable', JSON.stringify({ version: 1, preferences: { colorScheme: 'yellow-on-black', fontScale: 1.5 } })));
    const result = await bootRun(page, { inline: false });
    const applied = await page.evaluate(() => document.documentElement.hasAttribute('data-reach-color-scheme-yellow-on-black') && document.documentElement.getAttribute('data-reach-font-scale') === '1.5');
    if (!applied) throw new Error("the returning visitor's aids were not applied");
    await page.close();
    if (run > 0) returning.cpu.push(result.cpu);
    returning.chunkRequests += chunks.length;
  }
  record('panel (on demand)', 'launcher click to panel painted, files already fetched', times.prefetched, 'ms', 50);
  record('panel (on demand)', 'launcher click to panel painted, cold (local server)', times.cold, 'ms', 150);
  // Its budget is the boot's task itself (the aids apply in it) and no other request: font scaling's first enable is in this figure.
  record('panel (on demand)', 'returning visitor (scheme, text size): main-thread time, script run to aids applied', returning.cpu, 'ms');
  record('panel (on demand)', 'returning visitor: files requested besides the first', returning.chunkRequests, '', 0);
  server.close();
}

// ——— 4. engines ———

const core = await import(join(root, 'packages/core/dist/index.js'));

/** Five values for one preference, from its schema field: steps of a range, flips of a flag, other choices. */
function samples(field) {
  if (field.kind === 'range') return [1, 2, 4, 3, 1].map((n) => Math.min(field.max, Math.round((field.min + n * field.step) * 100) / 100));
  if (field.kind === 'flag') return [true, false, true, false, true];
  if (field.kind === 'choice') {
    const others = field.values.filter((v) => v !== field.default);
    return [0, 1, 2, 3, 4].map((i) => others[i % others.length]);
  }
  if (field.kind === 'object') {
    // An object preference (captionStyle) changes by its first range field.
    const [name, part] = Object.entries(field.fields).find(([, f]) => f.kind === 'range');
    return samples(part).map((v) => ({ ...field.default, [name]: v }));
  }
  // What a preset saved (presetRestore) is Reachable's to write: the preset's own changes fill it in.
  if (field.kind === 'values') return [{}, {}, {}, {}, {}];
  throw new Error(`bench: no sample values for a ${field.kind} field`);
}

/** What an aid's engine takes, five times over: its one preference's values, or objects of all of them. */
function aidSamples(aid) {
  const perKey = aid.keys.map((key) => samples(core.SCHEMA[key]));
  return perKey[0].map((_, i) => (aid.keys.length === 1 ? perKey[0][i] : Object.fromEntries(aid.keys.map((key, k) => [key, perKey[k][i]]))));
}

/**
 * The browser's own floor for each aid that has one: the same restyle done by the page itself
 * (a root style, or an equivalent plain stylesheet switched by a class on the root; for colours
 * the engines' own CSS, so the floor differs from Reachable only in how the switch is made).
 * An aid without one here is measured without a ratio.
 */
const FLOORS = {
  fontScale: (values) => ({ kind: 'style', property: 'fontSize', values: values.map((v) => `${16 * v}px`), page: 'rem twin, root font-size' }),
  pageZoom: (values) => ({ kind: 'style', property: 'zoom', values: values.map(String) }),
  textSpacing: () => ({ kind: 'class', values: ['floor-s', '', 'floor-s', '', 'floor-s'] }),
  colorScheme: () => ({ kind: 'class', values: ['floor-a', 'floor-b', 'floor-a', 'floor-b', 'floor-a'] }),
  colorFilter: () => ({ kind: 'class', values: ['floor-f0', 'floor-f1', 'floor-f2', 'floor-f0', 'floor-f1'] }),
  cursor: (values) => ({ kind: 'class', values: values.map((v) => `floor-c-${v}`) }),
  // The page adding and removing the same stylesheet itself.
  highlightLinks: (values) => ({ kind: 'sheet', values: values.map((on) => (on ? core.HIGHLIGHT_LINKS_CSS : '')) }),
  highlightFocus: (values) => ({ kind: 'sheet', values: values.map((on) => (on ? core.HIGHLIGHT_FOCUS_CSS : '')) }),
  reduceMotion: (values) => ({ kind: 'sheet', values: values.map((on) => (on ? core.REDUCE_MOTION_CSS : '')) }),
};
const FLOOR_CSS = [
  core.colorSchemeCss('yellow-on-black', 'html.floor-a'),
  core.colorSchemeCss('white-on-black', 'html.floor-b'),
  ...['invert', 'grayscale', 'low-saturation'].map((filter, i) => core.colorFilterCss(filter, true, `html.floor-f${i}`)),
  'html.floor-s * { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; }',
  ...['large-black', 'large-white'].map((cursor) => core.cursorCss(cursor, `html.floor-c-${cursor}`)),
].join('\n');

/** Budgets that name one aid (docs/performance.md): on the 13,500-element page. */
const READING_AID = { firstScript: 2, script: 2, ratio: 1.15 };
const ENGINE_BUDGETS = {
  fontScale: { firstScript: 60, script: 2, ratio: 1.15 },
  colorScheme: { script: 2, ratio: 1.15 },
  cursor: READING_AID,
  readingGuide: { firstScript: 2, script: 2 },
  highlightLinks: READING_AID,
  highlightFocus: READING_AID,
  reduceMotion: READING_AID,
  // Opening reading mode: finding the content, copying it into the view, and the view's style and layout.
  readingMode: { firstTotal: 100 },
};

// An aid made of other aids (a preset) has no engine: those aids' engines are measured.
const ENGINES = core.REGISTRY.filter((aid) => aid.engine || aid.load).map((aid) => {
  const values = aidSamples(aid);
  return { name: aid.id, values, floor: FLOORS[aid.id]?.(values) };
});

async function engineRun(page, engine) {
  return page.evaluate(async ({ name, values }) => {
    // An aid's engine ships with it or loads on demand (here from the same bundle): loading is not what is measured.
    const aid = window.ReachableCore.REGISTRY.find((a) => a.id === name);
    const instance = (aid.engine ?? (await aid.load()))(document);
    const force = () => document.body.offsetHeight;
    force();
    let t = performance.now();
    instance.apply(values[0]);
    const firstScript = performance.now() - t;
    force();
    const firstTotal = performance.now() - t;
    const script = [];
    const total = [];
    for (const value of values.slice(1)) {
      t = performance.now();
      instance.apply(value);
      script.push(performance.now() - t);
      force();
      total.push(performance.now() - t);
    }
    instance.destroy();
    force();
    return { firstScript, firstTotal, script, total };
  }, engine);
}

/**
 * The same changes through the controller, as the toolbar makes them: the engine plus what the controller adds
 * (the CSS hooks on the root: an attribute per preference, custom properties keyed on it).
 */
const THROUGH_CONTROLLER = ['fontScale', 'colorScheme'];
async function controllerRun(page, engine) {
  return page.evaluate(async ({ name, values }) => {
    const { createReachable, memoryStorage } = window.ReachableCore;
    const reachable = createReachable({ features: [name], storage: memoryStorage() });
    await reachable.ready;
    const force = () => document.body.offsetHeight;
    reachable.preferences.set({ [name]: values[0] });
    force();
    const total = [];
    for (const value of values.slice(1)) {
      const t = performance.now();
      reachable.preferences.set({ [name]: value });
      force();
      total.push(performance.now() - t);
    }
    reachable.destroy();
    return total;
  }, engine);
}

async function floorRun(page, floor) {
  return page.evaluate((floor) => {
    const html = document.documentElement;
    const sheet = document.head.appendChild(document.createElement('style'));
    const steps = floor.values.map((value) =>
      floor.kind === 'style' ? () => (html.style[floor.property] = value) : floor.kind === 'sheet' ? () => (sheet.textContent = value) : () => (html.className = value),
    );
    const force = () => document.body.offsetHeight;
    steps[0]();
    force();
    const total = [];
    for (const step of steps.slice(1)) {
      const t = performance.now();
      step();
      force();
      total.push(performance.now() - t);
    }
    html.removeAttribute('style');
    html.removeAttribute('class');
    sheet.remove();
    return total;
  }, floor);
}

async function measureEngines() {
  const plan = [
    { elements: 1_000, units: ['px'], runs: RUNS },
    { elements: 13_500, units: ['px', 'rem'], runs: RUNS },
    { elements: 50_000, units: ['px'], runs: Math.min(RUNS, 2) },
  ];
  const growth = {};
  for (const { elements, units, runs } of plan) {
    for (const unit of units) {
      log(`engines: ${elements} elements, ${unit}`);
      const label = `${elements.toLocaleString('en')} el, ${unit}`;
      const results = new Map(ENGINES.map((e) => [e, { firstScript: [], firstTotal: [], script: [], total: [], floor: [], controlled: [] }]));
      for (let run = 0; run <= runs; run++) {
        // A fresh page for every run: an engine that rewrote the page's CSSOM (font scaling) leaves the
        // browser's parsed stylesheets in a slower state for the engines and runs after it.
        const page = await open(pageHtml({ elements, unit, extraCss: FLOOR_CSS }));
        await page.addScriptTag({ content: coreSource });
        // Font scaling's floor is the rem-authored twin relaying out after one root font-size change.
        const twin = unit === 'rem' ? page : await open(pageHtml({ elements, unit: 'rem', extraCss: FLOOR_CSS }));
        for (const engine of ENGINES) {
          const r = results.get(engine);
          const floor = engine.floor ? await floorRun(engine.name === 'fontScale' ? twin : page, engine.floor) : [];
          const result = await engineRun(page, engine);
          if (run === 0 && runs > 1) continue; // warm-up
          r.firstScript.push(result.firstScript);
          r.firstTotal.push(result.firstTotal);
          r.script.push(...result.script);
          r.total.push(...result.total);
          r.floor.push(...floor);
        }
        await page.close();
        if (twin !== page) await twin.close();
        // The same changes through the controller, on a page of their own: after font scaling has rewritten a page's
        // CSSOM, that page stays slower to restyle (see above), which would be counted against the controller.
        if (elements === 13_500 && unit === 'px' && (run > 0 || runs <= 1)) {
          const fresh = await open(pageHtml({ elements, unit, extraCss: FLOOR_CSS }));
          await fresh.addScriptTag({ content: coreSource });
          for (const engine of ENGINES.filter((e) => THROUGH_CONTROLLER.includes(e.name))) results.get(engine).controlled.push(...(await controllerRun(fresh, engine)));
          await fresh.close();
        }
      }
      for (const [engine, r] of results) {
        const budget = (elements === 13_500 && ENGINE_BUDGETS[engine.name]) || {};
        record(`engines (${label})`, `${engine.name}: first enable, script`, r.firstScript, 'ms', unit === 'px' ? budget.firstScript : undefined);
        record(`engines (${label})`, `${engine.name}: first enable, total`, r.firstTotal, 'ms', unit === 'px' ? budget.firstTotal : undefined);
        record(`engines (${label})`, `${engine.name}: each change, script`, r.script, 'ms', budget.script);
        record(`engines (${label})`, `${engine.name}: each change, total`, r.total, 'ms');
        if (engine.floor) {
          record(`engines (${label})`, `${engine.name}: browser floor (${engine.floor.page ?? 'same change by the page itself'})`, r.floor, 'ms');
          record(`engines (${label})`, `${engine.name}: change total ÷ floor`, median(r.total) / median(r.floor), '×', budget.ratio);
          if (r.controlled.length) record(`engines (${label})`, `${engine.name}: through the controller, hooks included, change total ÷ floor`, median(r.controlled) / median(r.floor), '×', budget.ratio);
        }
        if (unit === 'px') (growth[engine.name] ??= []).push([elements, median(r.firstScript), median(r.total)]);
      }
    }
  }
  for (const [name, points] of Object.entries(growth)) {
    const [small, , large] = points;
    if (!small || !large) continue;
    const factor = (large[0] / small[0]).toFixed(0);
    record('growth (1,000 → 50,000 elements)', `${name}: first enable script grows ×${(large[1] / small[1]).toFixed(1)} for ×${factor} elements`, large[1] / small[1], '×');
    record('growth (1,000 → 50,000 elements)', `${name}: change total grows ×${(large[2] / small[2]).toFixed(1)} for ×${factor} elements`, large[2] / small[2], '×');
  }
}

// ——— the reading guide following the pointer ———
//
// On the 13,500-element page, each mode of the guide follows 120 pointer moves,
// one every other frame. In the frame of a move: the pointermove handler's time
// (a synthetic event, dispatched as the browser would). In the next frame: the
// guide's drawing, timed by animation-frame callbacks on either side of it, and
// whether the band is already where the pointer is (≤ 1 frame from move to paint).

async function measureGuide() {
  log('guide: pointer moves on a 13,500-element page');
  const frames = { script: [], late: [] };
  for (let run = 0; run <= RUNS; run++) {
    const page = await open(pageHtml({ elements: 13_500, unit: 'px' }));
    await page.addScriptTag({ content: coreSource });
    for (const mode of ['line', 'crosshair', 'mask']) {
      const result = await page.evaluate(async (mode) => {
        const aid = window.ReachableCore.REGISTRY.find((a) => a.id === 'readingGuide');
        const guide = (await aid.load())(document);
        guide.apply(mode);
        const part = document.querySelector('reach-reading-guide').shadowRoot.querySelector(mode === 'crosshair' ? '.h' : mode === 'line' ? '.band' : '.mask');
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        await frame();
        const script = [];
        let late = 0;
        for (let i = 0; i < 120; i++) {
          await frame();
          const y = 100 + ((i * 7) % 500);
          let drawStart = 0;
          requestAnimationFrame(() => (drawStart = performance.now())); // before the guide's own callback
          const t = performance.now();
          document.dispatchEvent(new PointerEvent('pointermove', { clientX: 300, clientY: y, bubbles: true }));
          const handler = performance.now() - t;
          await frame(); // after the guide's callback, in the same frame
          script.push(handler + (performance.now() - drawStart));
          if (part.style.transform !== `translateY(${y}px)`) late++;
        }
        guide.destroy();
        return { script, late };
      }, mode);
      if (run === 0) continue; // warm-up
      frames.script.push(...result.script);
      frames.late.push(result.late);
    }
    await page.close();
  }
  const mean = frames.script.reduce((a, b) => a + b, 0) / frames.script.length;
  record('guide (13,500 el)', 'script per frame of pointer movement (handler + drawing), mean of every frame', mean, 'ms', 0.5);
  record('guide (13,500 el)', 'script per frame, each frame', frames.script, 'ms');
  // Every move must be drawn in the next frame: the budget is on the sum over every mode and run, so one late frame fails it.
  record('guide (13,500 el)', `moves not drawn in the next frame (all modes and runs: ${frames.late.length} × 120 moves)`, frames.late.reduce((a, b) => a + b, 0), '', 0);
}

// ——— hover read-aloud and the caption bar following the pointer ———
//
// On the 13,500-element page, with 指读 and the caption bar on, the pointer moves onto 120
// elements (paragraphs, list items, links, headings), one every other frame. Timed: the
// pointerover handlers (a synthetic event, dispatched as the browser would) plus, in the next
// frame, the caption bar's callback, which works out what is under the pointer, its text, and
// writes it; and whether the bar shows that text then.

async function measurePointer() {
  log('pointer: hover read-aloud and the caption bar on a 13,500-element page');
  const frames = { script: [], late: [] };
  for (let run = 0; run <= RUNS; run++) {
    const page = await open(pageHtml({ elements: 13_500, unit: 'px' }));
    await page.addScriptTag({ content: coreSource });
    const result = await page.evaluate(async () => {
      const aid = (id) => window.ReachableCore.REGISTRY.find((a) => a.id === id);
      const speech = (await aid('speech').load())(document);
      const bar = (await aid('captionBar').load())(document);
      speech.apply({ speech: 'hover', speechRate: 1 });
      bar.apply({ captionBar: true, captionBarText: 'original', captionBarSize: 1.25, captionBarPosition: 'bottom' });
      const shown = document.querySelector('reach-caption-bar').shadowRoot.querySelector('.bar');
      const targets = [...document.querySelectorAll('p, li, a, h2, h3')];
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      await frame();
      const script = [];
      let late = 0;
      for (let i = 0; i < 120; i++) {
        await frame();
        const target = targets[Math.floor((i * targets.length) / 120)];
        let frameStart = 0;
        requestAnimationFrame(() => (frameStart = performance.now())); // before the bar's own callback
        const t = performance.now();
        target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
        const handler = performance.now() - t;
        await frame(); // after the bar's callback, in the same frame
        script.push(handler + (performance.now() - frameStart));
        if (!shown.textContent) late++;
      }
      speech.destroy();
      bar.destroy();
      return { script, late };
    });
    await page.close();
    if (run === 0) continue; // warm-up
    frames.script.push(...result.script);
    frames.late.push(result.late);
  }
  const mean = frames.script.reduce((a, b) => a + b, 0) / frames.script.length;
  record('pointer (13,500 el)', 'hover read-aloud + caption bar: script per move onto another element (handlers + the bar), mean', mean, 'ms', 0.5);
  record('pointer (13,500 el)', 'script per move, each move', frames.script, 'ms');
  record('pointer (13,500 el)', `moves whose text the bar did not show in the next frame (${frames.late.length} runs × 120 moves)`, frames.late.reduce((a, b) => a + b, 0), '', 0);
}

// ——— 5. dynamic pages and observers ———

async function measureDynamic() {
  log('dynamic content');
  const inserted = [];
  const adjusted = [];
  let observersOff = 0;
  for (let run = 0; run <= RUNS; run++) {
    const page = await open(pageHtml({ elements: 13_500 }));
    await page.addScriptTag({ content: coreSource });
    const result = await page.evaluate(async (more) => {
      const C = window.ReachableCore;
      window.__observers.baseline();
      const engines = [C.createFontScale(), C.createTextSpacing(), C.createPageZoom()];
      const whileOff = window.__observers.live();
      engines[0].apply(1.5);
      engines[1].apply(true);
      engines[2].apply(1.25);
      document.body.offsetHeight;
      const box = document.createElement('div');
      document.body.append(box);
      const t = performance.now();
      // 1,000 elements, a tenth of them with their own inline px size, as a SPA renders a new view.
      box.innerHTML = more.replace(/<p>/g, (m, i) => (i % 10 === 0 ? '<p style="font-size: 13px">' : m));
      await Promise.resolve(); // after the mutation observers have run
      await Promise.resolve();
      const handled = performance.now() - t;
      const inline = box.querySelector('p[style]');
      const ok = Math.abs(parseFloat(getComputedStyle(inline).fontSize) - 19.5) < 0.5;
      document.body.offsetHeight;
      const withLayout = performance.now() - t;
      for (const e of engines) e.destroy();
      return { handled, withLayout, ok, whileOff, after: window.__observers.live() };
    }, sectionsHtml(112));
    await page.close();
    if (run === 0) continue;
    inserted.push(result.handled);
    adjusted.push(result.withLayout);
    if (!result.ok) throw new Error('inserted content was not scaled');
    observersOff = Math.max(observersOff, result.whileOff, result.after);
  }
  record('dynamic (13,500 el, 3 aids on)', '1,000 inserted elements: script until adjusted', inserted, 'ms', 16.7);
  record('dynamic (13,500 el, 3 aids on)', '…with the layout they cause', adjusted, 'ms');
  record('dynamic (13,500 el, 3 aids on)', 'live observers with every aid off', observersOff, '', 0);
}

// ——— 6. leaks ———

async function measureLeaks() {
  log('leaks: 1,000 on/off cycles of every aid, 100 toolbar open/close cycles');
  const requests = [];
  const page = await open(pageHtml({ elements: 1_000 }), { requests });
  await page.waitForFunction(() => true); // the test driver's own observer exists from here on
  await page.evaluate(() => window.__observers.baseline());
  await page.addScriptTag({ content: standaloneSource });
  await page.waitForFunction(() => document.querySelector('reach-toolbar')?.updateComplete);
  const cdp = await context.newCDPSession(page);
  const counters = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes, documents, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const listeners = async (expression) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      return (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length;
    };
    return {
      nodes,
      documents,
      jsEventListeners,
      heap: usedSize,
      windowListeners: await listeners('window'),
      documentListeners: await listeners('document'),
      observers: await page.evaluate(() => window.__observers.live()),
    };
  };
  // Cycles first (below), so lazily created things (live regions, sheets, pictures) exist in both counts.
  // Every aid of the registry: on (its first sample value) and off (its preferences' defaults).
  const cycles = core.REGISTRY.map((aid) => {
    const first = aidSamples(aid)[0];
    return {
      on: aid.keys.length === 1 ? { [aid.keys[0]]: first } : first,
      off: Object.fromEntries(aid.keys.map((key) => [key, core.DEFAULT_PREFERENCES[key]])),
    };
  });
  const cycle = (times) =>
    page.evaluate(async ({ times, cycles }) => {
      const { preferences } = window.Reachable;
      for (let i = 0; i < times; i++) {
        for (const { on, off } of cycles) {
          preferences.set(on);
          preferences.set(off);
        }
      }
      const toolbar = document.querySelector('reach-toolbar');
      for (let i = 0; i < Math.ceil(times / 10); i++) {
        window.Reachable.open();
        await toolbar.updateComplete;
        window.Reachable.close();
        await toolbar.updateComplete;
      }
    }, { times, cycles });
  // A whole round first (cycle, collect, count, cycle): the first cycle after the page's first full collection adds
  // 2 documents of 3 nodes each, once; 1,000 more cycles add none (counted after 1, 2, 3, 5, 10, 20 and 50 cycles).
  // They come only when the large cursor and the caption bar go on in the same change, as 关怀模式 does, and by their
  // size (#document, svg, path) they are the cursor's SVG pictures, which the browser decodes and keeps. Counted from
  // one cycle, they showed as 6 nodes of growth; a leak grows with each cycle, and the documents are counted too.
  await cycle(1);
  await counters();
  await cycle(1);
  const before = await counters();
  await cycle(1000);
  const after = await counters();
  await page.close();
  record('leaks (1,000 cycles of every aid, 100 of the toolbar)', 'DOM nodes, growth', after.nodes - before.nodes, '', 0);
  record('leaks (1,000 cycles of every aid, 100 of the toolbar)', 'documents, growth', after.documents - before.documents, '', 0);
  record('leaks (1,000 cycles of every aid, 100 of the toolbar)', 'JS event listeners, growth', after.jsEventListeners - before.jsEventListeners, '', 0);
  record('leaks (1,000 cycles of every aid, 100 of the toolbar)', 'window + document listeners, growth', after.windowListeners + after.documentListeners - before.windowListeners - before.documentListeners, '', 0);
  record('leaks (1,000 cycles of every aid, 100 of the toolbar)', 'live observers after all off', after.observers, '', 0);
  // Not 0: the heap grows once over the first cycles, as the aids' code warms up, and a forced collection does not give
  // that back (360–770 KB measured); each further 1,000 cycles added under 60 KB. A leak grows with every cycle.
  record('leaks (1,000 cycles of every aid, 100 of the toolbar)', 'JS heap, growth', (after.heap - before.heap) / 1024, 'KB', 1024);
  record('network', 'requests by Reachable during 1,000 cycles', requests.length, '', 0);
}

// ——— 7. @reachable/audit ———
//
// One page of 13,500 elements audited with every check, the robustness pass under the
// aids included (auditPage(), as the CLI runs it); and a 20-page crawl of a local site
// with --concurrency 1 and 4. A crawl's pages are partly waiting (the network, the page
// going idle) and partly work in Chromium and Node: with 2 cores the work cannot go more
// than twice as fast, so the crawl is also measured from a server 300 ms away, as real
// sites are, where waiting is a larger share.

async function measureAudit() {
  const { auditPage } = await import('../packages/audit/dist/node/playwright.js');
  const { crawl } = await import('../packages/audit/dist/node/crawl.js');
  const { serveSite } = await import('../packages/audit/test/site.mjs');
  log('audit: one 13,500-element page, every check');
  const seconds = [];
  /** Seconds per step and run: injecting the auditor, axe-core, the text checks, focus, the aids. */
  const steps = {};
  for (let run = 0; run <= RUNS; run++) {
    const page = await open(pageHtml({ elements: 13_500 }));
    const spent = {};
    let [step, last] = ['inject', performance.now()];
    const lap = (next) => {
      const now = performance.now();
      spent[step] = (spent[step] ?? 0) + (now - last) / 1000;
      [step, last] = [next.startsWith('aid') ? 'aids' : next, now];
    };
    const t = performance.now();
    const report = await auditPage(page, { onProgress: lap });
    lap('end');
    const total = (performance.now() - t) / 1000;
    await page.close();
    if (!report.checks.some((c) => c.rule === 'reflow' && c.outcome !== 'not-run')) throw new Error('the audit did not run the robustness pass');
    if (run === 0) continue;
    seconds.push(total);
    for (const name of ['inject', 'axe-core', 'text', 'focus', 'aids']) (steps[name] ??= []).push(spent[name] ?? 0);
  }
  record('audit (13,500-element page)', 'one page, every check incl. the aids', seconds, 's', 10);
  for (const [name, values] of Object.entries(steps)) record('audit (13,500-element page)', `…of which ${name}`, values, 's');

  for (const latencyMs of [0, 300]) {
    const site = await serveSite({ pages: 20, troubles: false, latencyMs });
    const label = latencyMs ? `crawl of 20 pages, server ${latencyMs} ms away` : 'crawl of 20 pages, local server';
    const times = { 1: [], 4: [] };
    for (let run = 0; run < Math.min(RUNS, 2); run++) {
      for (const concurrency of [1, 4]) {
        log(`audit: ${label}, --concurrency ${concurrency}`);
        const result = await crawl({ urls: [`${site.url}page-1.html`], executablePath, maxPages: 20, concurrency });
        if (result.pages.length !== 20) throw new Error(`the crawl audited ${result.pages.length} pages, not 20: ${JSON.stringify(result.errors)}`);
        times[concurrency].push(result.durationMs / 1000);
      }
    }
    await site.close();
    record(`audit (${label})`, '--concurrency 1', times[1], 's');
    record(`audit (${label})`, '--concurrency 4', times[4], 's');
    record(`audit (${label})`, 'speed-up, --concurrency 4 over 1', median(times[1]) / median(times[4]), '×', 2.5, { atLeast: true });
  }
}

// ——— run ———

if (SECTIONS.has('sizes')) await measureSizes();
if (SECTIONS.has('boot')) await measureBoot();
if (SECTIONS.has('panel')) await measurePanel();
if (SECTIONS.has('engines')) await measureEngines();
if (SECTIONS.has('guide')) await measureGuide();
if (SECTIONS.has('pointer')) await measurePointer();
if (SECTIONS.has('dynamic')) await measureDynamic();
if (SECTIONS.has('leaks')) await measureLeaks();
if (SECTIONS.has('audit')) await measureAudit();
const chromiumVersion = browser.version();
await browser.close();

const format = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
const header = [
  `Reachable benchmarks — ${new Date().toISOString()}`,
  `machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Chromium ${chromiumVersion}`,
  `runs: ${RUNS} after one warm-up (50,000 elements: ${Math.min(RUNS, 2)}); figures are medians (min–max); took ${((Date.now() - started) / 1000).toFixed(0)} s`,
];
const lines = [...header, ''];
let group = '';
for (const row of rows) {
  if (row.group !== group) lines.push(`${(group = row.group)}`);
  const value = `${format(row.median)}${row.unit && row.unit !== '×' ? ` ${row.unit}` : row.unit}`;
  const range = row.n > 1 ? ` (${format(row.min)}–${format(row.max)})` : '';
  const budget = row.budget === undefined ? '' : `  budget ${row.atLeast ? '≥' : '≤'} ${row.budget}${row.unit === '×' ? '×' : row.unit ? ` ${row.unit}` : ''}  ${row.ok ? 'ok' : row.atLeast ? 'UNDER' : 'OVER'}`;
  lines.push(`  ${row.name.padEnd(72)} ${(value + range).padEnd(30)}${budget}`);
}
console.log(lines.join('\n'));

const out = resolve(root, args.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ header, chromium: chromiumVersion, runs: RUNS, rows }, null, 2));
console.error(`\nresults: ${args.out}`);

const over = rows.filter((r) => r.ok === false);
if (args.check && over.length) {
  for (const r of over) console.error(`budget exceeded: ${r.group} — ${r.name}: ${format(r.median)} ${r.unit}, limit ${r.budget} ${r.unit}`);
  process.exit(1);
}
