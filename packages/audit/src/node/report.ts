// What the CLI writes: a table for the terminal, JSON, and a self-contained HTML report
// (findings with their crops, filterable by standard and by who is affected).
import { countsSentence, STANDARD_NAMES, type CheckCounts } from '../summary.js';

export { failing, fingerprints, newFindings } from '../summary.js';
import { SEVERITIES, WHO, type Finding, type ManualCheck, type Report, type Severity, type Standard, type Who } from '../types.js';

/** What a run produced, as the CLI writes it to JSON. */
export interface RunResult {
  tool: { name: string; version: string; axe: string };
  date: string;
  pages: Report[];
  errors: { url: string; error: string; start: boolean }[];
  excluded: { url: string; reason: string }[];
  durationMs: number;
}

export const WHO_LABELS: Record<Who, string> = {
  blind: 'Blind people (screen readers)',
  'low-vision': 'People with low vision',
  deaf: 'Deaf and hard-of-hearing people',
  older: 'Older people',
  dyslexic: 'People with dyslexia or reading difficulties',
  motor: 'People who use a keyboard or switch, or have unsteady hands',
};

/** Per standard, summed over pages; what a person must check is `partly` automated where a check touched it on any page. */
export function aggregate(pages: readonly Report[]) {
  return (['wcag', 'gb', 'miit'] as Standard[]).map((standard) => {
    const all = pages.map((p) => p.standards.find((s) => s.standard === standard)!).filter(Boolean);
    const sum = (k: keyof CheckCounts) => all.reduce((n, s) => n + s[k], 0);
    const counts: CheckCounts = { passed: sum('passed'), failed: sum('failed'), needsReview: sum('needsReview'), notApplicable: sum('notApplicable'), notRun: sum('notRun') };
    const manual = new Map<string, ManualCheck>();
    for (const s of all) {
      for (const m of s.manual) {
        const seen = manual.get(m.ref);
        if (!seen || (seen.automated === 'no' && m.automated === 'partly')) manual.set(m.ref, m);
      }
    }
    return {
      standard,
      name: STANDARD_NAMES[standard],
      ...counts,
      applicable: counts.passed + counts.failed + counts.needsReview,
      sentence: countsSentence(STANDARD_NAMES[standard], counts, pages.length),
      manual: [...manual.values()],
    };
  });
}

export const HONEST =
  'Automated checks find only some accessibility defects. This is not a statement of conformance with WCAG 2.2, GB/T 37668-2019 or MIIT\'s aging-friendly specifications: a person must still check what is listed under "What a person must still check".';

const count = (findings: readonly Finding[], severity: Severity) => findings.filter((f) => !f.advice && f.severity === severity).reduce((n, f) => n + f.count, 0);
const advice = (findings: readonly Finding[]) => findings.filter((f) => f.advice).reduce((n, f) => n + f.count, 0);

/** A short form of a page's address for tables: its path on the first page's origin. */
function shortUrl(url: string, base?: string): string {
  try {
    const u = new URL(url);
    if (base && new URL(base).origin === u.origin && u.protocol !== 'file:') return `${u.pathname}${u.search}` || '/';
    return u.protocol === 'file:' ? u.pathname.split('/').slice(-2).join('/') : url;
  } catch {
    return url;
  }
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padStart = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

/** The terminal table: pages with counts by severity, the rules found, and the honest summary. */
export function renderTable(result: RunResult): string {
  const lines: string[] = [];
  const base = result.pages[0]?.url ?? result.errors[0]?.url;
  const width = Math.min(60, Math.max(10, ...result.pages.map((p) => shortUrl(p.url, base).length), ...result.errors.map((e) => shortUrl(e.url, base).length)));
  const cols = [...SEVERITIES].reverse();
  lines.push(`${pad('page', width)}  ${cols.map((c) => padStart(c, 9)).join('')}${padStart('advice', 9)}`);
  for (const page of result.pages) {
    lines.push(`${pad(shortUrl(page.url, base), width)}  ${cols.map((c) => padStart(String(count(page.findings, c)), 9)).join('')}${padStart(String(advice(page.findings)), 9)}`);
  }
  for (const e of result.errors) lines.push(`${pad(shortUrl(e.url, base), width)}  not audited: ${e.error}`);

  const rules = new Map<string, { severity: Severity; advice: boolean; pages: number; elements: number; title: string }>();
  for (const page of result.pages) {
    for (const f of page.findings) {
      const key = f.aid ? `${f.rule} (${f.aid})` : f.rule;
      const r = rules.get(key) ?? { severity: f.severity, advice: f.advice, pages: 0, elements: 0, title: f.title };
      r.pages++;
      r.elements += f.count;
      if (SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(r.severity)) r.severity = f.severity;
      rules.set(key, r);
    }
  }
  if (rules.size) {
    const ruleWidth = Math.min(56, Math.max(...[...rules.keys()].map((k) => k.length)));
    lines.push('', `${pad('rule', ruleWidth)}  ${pad('severity', 10)}${padStart('pages', 6)}${padStart('elements', 10)}  what`);
    const sorted = [...rules].sort(([, a], [, b]) => Number(a.advice) - Number(b.advice) || SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
    for (const [key, r] of sorted) {
      lines.push(`${pad(key, ruleWidth)}  ${pad(r.advice ? 'advice' : r.severity, 10)}${padStart(String(r.pages), 6)}${padStart(String(r.elements), 10)}  ${r.title}`);
    }
  }
  lines.push('');
  for (const s of aggregate(result.pages)) lines.push(s.sentence);
  if (result.excluded.length) {
    const reasons = new Map<string, number>();
    for (const e of result.excluded) reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1);
    lines.push(`Not audited: ${[...reasons].map(([reason, n]) => `${n} page${n > 1 ? 's' : ''} (${reason})`).join(', ')}.`);
  }
  lines.push(HONEST);
  return lines.join('\n');
}

// ——— HTML ———

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const SEVERITY_LABEL: Record<Severity, string> = { critical: 'Critical', serious: 'Serious', moderate: 'Moderate', minor: 'Minor' };

function findingHtml(f: Finding, id: string): string {
  const standards = (['wcag', 'gb', 'miit'] as Standard[]).filter((s) => f[s].length);
  const approx = (s: Standard) => (f.approximate.includes(s) ? ' <span class="approx">(approximate mapping)</span>' : '');
  const mapping = [
    f.wcag.length && `<dt>WCAG 2.2</dt><dd>${f.wcag.map((sc) => esc(sc)).join(', ')}${approx('wcag')}</dd>`,
    f.gb.length && `<dt>GB/T 37668-2019</dt><dd>${f.gb.map(esc).join('; ')}${approx('gb')}</dd>`,
    f.miit.length && `<dt>MIIT aging-friendly</dt><dd>${f.miit.map(esc).join('; ')}${approx('miit')}</dd>`,
  ]
    .filter(Boolean)
    .join('');
  const elements = f.elements
    .map(
      (e) => `<li><code>${esc(e.selector)}</code>${e.detail ? ` — ${esc(e.detail)}` : ''}
<pre>${esc(e.snippet)}</pre>${e.image ? `<img src="${esc(e.image)}" alt="Screenshot around ${esc(e.selector)}${f.aid ? ` with ${esc(f.aid)}` : ''}" loading="lazy">` : ''}</li>`,
    )
    .join('');
  const more = f.count > f.elements.length ? `<p>…and ${f.count - f.elements.length} more.</p>` : '';
  return `<article class="finding" id="${id}" data-standards="${standards.join(' ')}" data-who="${f.who.join(' ')}" data-advice="${f.advice}" aria-labelledby="${id}-h">
<h4 id="${id}-h">${esc(f.title)}</h4>
<p class="meta"><span class="badge ${f.advice ? 'advice' : f.severity}">${f.advice ? 'Advice' : SEVERITY_LABEL[f.severity]}</span> <code>${esc(f.rule)}</code>${f.aid ? ` · with ${esc(f.aid)}` : ''}</p>
<dl><dt>Who it hurts</dt><dd>${f.who.map((w) => esc(WHO_LABELS[w])).join('; ')}</dd>
<dt>How to fix it</dt><dd>${esc(f.fix)}${f.helpUrl ? ` <a href="${esc(f.helpUrl)}">More about this rule</a>` : ''}</dd>${mapping}</dl>
<details><summary>${f.count} element${f.count === 1 ? '' : 's'}</summary><ul class="elements">${elements}</ul>${more}</details>
</article>`;
}

const CSS = `
:root{color-scheme:light;font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0 auto;max-width:72rem;padding:1rem 1.25rem 4rem}
a{color:#0645ad}a:visited{color:#5a2a82}
:focus-visible{outline:3px solid #0645ad;outline-offset:2px}
h1{font-size:1.8rem;margin:.5rem 0}h2{margin-top:2.5rem;border-bottom:2px solid #ccc}h3{margin-top:2rem;word-break:break-all}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #bbb;padding:.35rem .6rem;text-align:left;vertical-align:top}th{background:#f0f0f0}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.honest{border-left:6px solid #8a5300;background:#fff6e5;padding:.75rem 1rem}
.filters{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}
fieldset{border:1px solid #888;border-radius:6px;padding:.5rem 1rem}
fieldset label{display:flex;gap:.5rem;align-items:center;min-height:2rem}
input[type=checkbox]{width:1.25rem;height:1.25rem}
.finding{border:1px solid #bbb;border-radius:8px;padding:.25rem 1rem 1rem;margin:1rem 0}
.finding h4{font-size:1.1rem;margin:.75rem 0 .25rem}
.meta{margin:.25rem 0}
.badge{display:inline-block;border-radius:4px;padding:0 .5rem;font-weight:600;color:#fff}
.critical{background:#8b0000}.serious{background:#a33a00}.moderate{background:#6b5100}.minor{background:#2f5d8a}.badge.advice{background:#3d5f3d}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}dt{font-weight:600}dd{margin:0}
.approx{color:#5c5c5c;font-style:italic}
summary{cursor:pointer;min-height:1.75rem}
pre{white-space:pre-wrap;word-break:break-all;background:#f5f5f5;padding:.5rem;margin:.25rem 0}
.elements li{margin:.75rem 0}
.elements img{display:block;max-width:100%;max-height:24rem;border:1px solid #999;margin-top:.25rem}
[hidden]{display:none!important}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (forced-colors:active){.badge{border:1px solid}}
`;

const SCRIPT = `
(function(){
  var form=document.getElementById('filters');if(!form)return;
  var status=document.getElementById('shown');
  function checked(name){return Array.prototype.map.call(form.querySelectorAll('input[name="'+name+'"]:checked'),function(i){return i.value;});}
  function update(){
    var standards=checked('standard'),who=checked('who'),advice=form.querySelector('#advice').checked,shown=0;
    document.querySelectorAll('.finding').forEach(function(f){
      var s=f.dataset.standards.split(' '),w=f.dataset.who.split(' ');
      var ok=(f.dataset.advice!=='true'||advice)&&standards.some(function(x){return s.indexOf(x)>=0;})&&who.some(function(x){return w.indexOf(x)>=0;});
      f.hidden=!ok;if(ok)shown++;
    });
    document.querySelectorAll('.page').forEach(function(p){var any=p.querySelector('.finding:not([hidden])');var none=p.querySelector('.none-shown');if(none)none.hidden=!!any||!p.querySelector('.finding');});
    status.textContent=shown+' of '+document.querySelectorAll('.finding').length+' findings shown';
  }
  form.addEventListener('change',update);update();
})();
`;

/** A self-contained HTML report: no requests, images inline, filterable, itself accessible. */
export function renderHtml(result: RunResult): string {
  const pages = result.pages;
  const agg = aggregate(pages);
  const total = pages.reduce((n, p) => n + p.findings.length, 0);
  const standardsRows = agg
    .map((s) => `<tr><th scope="row">${esc(s.name)}</th><td class="n">${s.passed}</td><td class="n">${s.applicable}</td><td class="n">${s.failed}</td><td class="n">${s.needsReview}</td><td class="n">${s.notRun}</td><td class="n">${s.manual.length}</td></tr>`)
    .join('');
  const filters = `<form id="filters" class="filters" aria-describedby="shown">
<fieldset><legend>Standard</legend>${(['wcag', 'gb', 'miit'] as Standard[]).map((s) => `<label><input type="checkbox" name="standard" value="${s}" checked> ${esc(STANDARD_NAMES[s])}</label>`).join('')}</fieldset>
<fieldset><legend>Who is affected</legend>${WHO.map((w) => `<label><input type="checkbox" name="who" value="${w}" checked> ${esc(WHO_LABELS[w])}</label>`).join('')}</fieldset>
<fieldset><legend>Beyond the requirements</legend><label><input type="checkbox" id="advice" checked> Show advice (AAA, aging-friendly sizes)</label></fieldset>
</form><p id="shown" role="status"></p>`;
  const pageSections = pages
    .map((page, p) => {
      const findings = page.findings.map((f, i) => findingHtml(f, `f${p}-${i}`)).join('');
      const notes = page.notes.length ? `<p>Notes: ${page.notes.map(esc).join(' ')}</p>` : '';
      return `<section class="page" aria-labelledby="p${p}"><h3 id="p${p}">${esc(page.title || page.url)}</h3>
<p><a href="${esc(page.url)}">${esc(page.url)}</a> · ${page.findings.length} finding${page.findings.length === 1 ? '' : 's'} · viewport ${page.viewport.width}×${page.viewport.height}</p>${notes}
${findings || '<p>No findings on this page.</p>'}${findings ? '<p class="none-shown" hidden>No findings match the filters.</p>' : ''}</section>`;
    })
    .join('');
  const errors = result.errors.length
    ? `<section aria-labelledby="errors"><h2 id="errors">Pages that could not be audited</h2><ul>${result.errors.map((e) => `<li><a href="${esc(e.url)}">${esc(e.url)}</a>: ${esc(e.error)}</li>`).join('')}</ul></section>`
    : '';
  const manual = agg
    .map(
      (s) => `<details><summary>${esc(s.name)}: ${s.manual.length} items</summary><table><caption class="visually-hidden">${esc(s.name)}: what a person must check</caption>
<thead><tr><th scope="col">Requirement</th><th scope="col">What to check</th><th scope="col">Automated</th></tr></thead><tbody>
${s.manual.map((m) => `<tr><td>${esc(m.ref)}</td><td>${esc(m.what)}</td><td>${m.automated === 'partly' ? 'partly' : 'not at all'}</td></tr>`).join('')}</tbody></table></details>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility audit: ${pages.length} page${pages.length === 1 ? '' : 's'} (${esc(result.date.slice(0, 10))})</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Accessibility audit</h1>
<p>${pages.length} page${pages.length === 1 ? '' : 's'} audited${result.errors.length ? `, ${result.errors.length} could not be audited` : ''}, ${esc(result.date)}. ${esc(result.tool.name)} ${esc(result.tool.version)} with axe-core ${esc(result.tool.axe)}.</p>
</header>
<main>
<section aria-labelledby="checked"><h2 id="checked">What was checked</h2>
<p class="honest">${esc(HONEST)}</p>
<table><caption>Automated checks, summed over the pages audited</caption>
<thead><tr><th scope="col">Standard</th><th scope="col">Passed</th><th scope="col">Applicable</th><th scope="col">Failed</th><th scope="col">Need review</th><th scope="col">Did not run</th><th scope="col">Left to a person</th></tr></thead>
<tbody>${standardsRows}</tbody></table>
<p>Mappings to GB/T 37668-2019 and to MIIT's items are approximate: see the package documentation for their sources.</p>
</section>
<section aria-labelledby="findings"><h2 id="findings">Findings (${total})</h2>
${filters}
${pageSections}
</section>
${errors}
<section aria-labelledby="manual"><h2 id="manual">What a person must still check</h2>
<p>Automated checks cannot judge these. "Partly" means a check looked at some of it on these pages.</p>
${manual}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
