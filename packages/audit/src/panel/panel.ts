// The in-page panel for developers: audits the live page and shows the findings over
// it — a list to read and navigate by keyboard or screen reader, and numbered markers
// anchored to the elements with @floating-ui/dom that follow them as the page scrolls —
// in 简体中文, 繁體中文 or English.
// Development only: import it from a dev entry point, or `@reachable/audit/panel/auto`
// and open the page with ?reachable-audit.
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { audit, type AuditOptions } from '../audit.js';
import { AUDIT_UI_ATTRIBUTE } from '../dom.js';
import { STANDARD_NAMES } from '../summary.js';
import type { Finding, Report } from '../types.js';
import { PANEL_MESSAGES, panelLocale, type PanelLocale } from './messages.js';

export const PANEL_TAG = 'reach-audit-panel';

export interface PanelOptions extends Omit<AuditOptions, 'capture'> {
  /** Which side of the window the panel takes. Default `right`. */
  side?: 'left' | 'right';
  /** Markers drawn at most (one per element listed). Default 150. */
  maxMarkers?: number;
  /** The panel's language: a language tag, read as 简体中文 (`zh`, `zh-CN`…), 繁體中文 (`zh-TW`, `zh-HK`, `zh-Hant`…) or English. Default: the page's `lang`. */
  lang?: string;
}

/** axe-core's rules in its own translations (copied from axe-core's locales), loaded only for a panel in that language. */
type AxeTexts = Record<string, readonly [string, string]>;
const AXE_TRANSLATIONS: Partial<Record<PanelLocale, () => Promise<{ default: AxeTexts }>>> = {
  'zh-CN': () => import('./axe-texts/zh-CN.js'),
  'zh-TW': () => import('./axe-texts/zh-TW.js'),
};

export interface AuditPanel {
  /** The report shown. */
  readonly report: Report;
  /** The panel's host element (`<reach-audit-panel>`). */
  readonly element: HTMLElement;
  /** Audits the page again and shows the new report. */
  rerun(): Promise<Report>;
  /** Removes the panel, its markers and every listener. */
  close(): void;
}

const CSS = `
:host{all:initial}
*{box-sizing:border-box}
.panel{position:fixed;top:0;bottom:0;width:min(26rem,100vw);z-index:2147483646;overflow:auto;background:#fff;color:#1a1a1a;border:0 solid #444;
  font:16px/1.5 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;padding:0 1rem 2rem;box-shadow:0 0 0 1px #444,0 0 24px rgb(0 0 0/.25)}
.panel.right{right:0}.panel.left{left:0}
header{position:sticky;top:0;background:#fff;display:flex;align-items:center;gap:.5rem;padding:.75rem 0;border-bottom:1px solid #bbb}
h2{font-size:1.15rem;margin:0;flex:1}
button{font:inherit;min-height:44px;min-width:44px;padding:.25rem .75rem;border:2px solid #1a1a1a;border-radius:6px;background:#fff;color:#1a1a1a;cursor:pointer}
button:hover{background:#eef}
:focus-visible{outline:3px solid #0645ad;outline-offset:2px}
.honest{font-size:.9rem;border-left:4px solid #8a5300;background:#fff6e5;padding:.5rem .75rem}
ol{list-style:none;padding:0;margin:0}
li.finding{border:1px solid #bbb;border-radius:8px;margin:.75rem 0;padding:0 .75rem}
summary{cursor:pointer;padding:.5rem 0;min-height:44px}
.badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-weight:600;color:#fff;margin-inline-end:.25rem}
.critical{background:#8b0000}.serious{background:#a33a00}.moderate{background:#6b5100}.minor{background:#2f5d8a}.advice{background:#3d5f3d}
dl{margin:.25rem 0;display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;font-size:.9rem}dt{font-weight:600}dd{margin:0}
ul.elements{padding:0;list-style:none}ul.elements li{margin:.4rem 0}
ul.elements button{font-family:ui-monospace,monospace;font-size:.85rem;text-align:start;word-break:break-all;border-width:1px}
.detail{display:block;font-size:.85rem;color:#444}
.marker{position:fixed;top:0;left:0;z-index:2147483645;min-width:1.6rem;height:1.6rem;padding:0 .3rem;border-radius:.8rem;border:2px solid #fff;
  color:#fff;font:700 13px/1.3rem system-ui,sans-serif;text-align:center;box-shadow:0 1px 4px rgb(0 0 0/.5);cursor:pointer}
.highlight{position:fixed;z-index:2147483644;pointer-events:none;outline:4px solid #d4009b;outline-offset:2px;box-shadow:0 0 0 9999px rgb(0 0 0/.2);display:none}
@media (forced-colors:active){.badge,.marker{border:2px solid CanvasText;forced-color-adjust:auto}.highlight{outline-color:Highlight}}
@media (prefers-reduced-motion:no-preference){.highlight{transition:all .15s}}
`;

/** The panels open, by host element: a new panel closes the one it replaces. */
const panels = new WeakMap<Element, AuditPanel>();

/** The focused element, inside open shadow roots too. */
function deepActive(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The CSS zoom in force on an element, from the browser or, where it cannot say, from its size. */
const zoomOf = (el: HTMLElement) => {
  const known = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
  if (known !== undefined) return known;
  const width = parseFloat(getComputedStyle(el).width);
  return width > 0 ? el.getBoundingClientRect().width / width : 1;
};

/**
 * An element with attributes and children (text or elements). The panel builds its DOM this way,
 * never from HTML strings: it then works on pages that enforce Trusted Types.
 */
function h(doc: Document, tag: string, attributes: Record<string, string> = {}, ...children: (Node | string | false | undefined)[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children.filter((c): c is Node | string => c !== false && c !== undefined));
  return el;
}

/** Audits the page and shows the findings over it. */
export async function showAuditPanel(options: PanelOptions = {}): Promise<AuditPanel> {
  const doc = options.include?.ownerDocument ?? document;
  for (const old of doc.querySelectorAll(PANEL_TAG)) {
    const panel = panels.get(old);
    if (panel) panel.close();
    else old.remove();
  }
  // Where focus was when the panel opened: it goes back there when the panel closes.
  const opener = deepActive(doc);
  const host = doc.createElement(PANEL_TAG);
  host.setAttribute(AUDIT_UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  shadow.adoptedStyleSheets = [sheet];
  const side = options.side ?? 'right';
  const tag = options.lang ?? doc.documentElement.lang;
  const locale = panelLocale(tag);
  const t = PANEL_MESSAGES[locale];
  // axe-core's translation of its rules, fetched while the page is audited; English (the report's) where it fails to load.
  const translations: Promise<AxeTexts | undefined> = AXE_TRANSLATIONS[locale]?.().then((m) => m.default, () => undefined) ?? Promise.resolve(undefined);
  let axeTexts: AxeTexts | undefined;
  /** A finding's [title, fix] in the panel's language, or undefined where there is no translation (the report's English is shown). */
  const translated = (f: Finding): readonly [string, string] | undefined => {
    if (!f.rule.startsWith('axe/')) return t.rules?.[f.rule as keyof typeof t.rules];
    const axe = axeTexts?.[f.rule.slice(4)];
    return axe && [axe[0], axe[1].replace(/[。.]?$/, '。')];
  };
  // English left in a Chinese panel says so, for a screen reader's voice.
  const english: Record<string, string> = locale === 'en' ? {} : { lang: 'en' };
  const aside = doc.createElement('aside');
  aside.className = `panel ${side}`;
  aside.setAttribute('aria-labelledby', 'reach-audit-title');
  // The language asked for (zh-HK stays zh-HK) where the panel speaks it; a page in French gets an English panel marked English.
  aside.lang = locale !== 'en' || /^en(-|_|$)/i.test(tag) ? tag.replace(/_/g, '-') || locale : 'en';
  aside.append(
    h(doc, 'header', {}, h(doc, 'h2', { id: 'reach-audit-title' }, t.title), h(doc, 'button', { type: 'button', class: 'rerun' }, t.rerun), h(doc, 'button', { type: 'button', class: 'close', 'aria-label': t.close }, '×')),
    h(doc, 'p', { role: 'status', class: 'status' }, t.auditing),
    h(doc, 'div', { class: 'body' }),
  );
  const markers = doc.createElement('div');
  markers.setAttribute('aria-hidden', 'true');
  const highlight = doc.createElement('div');
  highlight.className = 'highlight';
  shadow.append(aside, markers, highlight);
  doc.body.append(host);

  let report: Report | undefined;
  let cleanups: (() => void)[] = [];
  let stopHighlight: (() => void) | undefined;
  const status = aside.querySelector<HTMLElement>('.status')!;
  const body = aside.querySelector<HTMLElement>('.body')!;

  const target = (f: Finding, i: number): Element | null => {
    try {
      return doc.querySelector(f.elements[i]!.selector);
    } catch {
      return null;
    }
  };

  // A page zoomed with CSS `zoom` on its root (as Reachable's page zoom does) would zoom the panel,
  // and scale again every position measured in the viewport and given to a marker. The host undoes
  // the zoom it is in, so what is inside it is laid out in viewport pixels, at its own size.
  let counter = 1;
  const unzoom = () => {
    const effective = zoomOf(aside);
    if (Math.abs(effective - 1) < 1e-3) return;
    counter /= effective;
    host.style.zoom = Math.abs(counter - 1) < 1e-3 ? '' : String(counter);
  };

  // Once now, and whenever the page's zoom changes (the root's size changes with it). Markers need no
  // call of their own: the host's new zoom resizes them, and floating-ui places them again.
  unzoom();
  const zoomWatch = new ResizeObserver(() => unzoom());
  zoomWatch.observe(doc.documentElement);

  const show = (el: Element) => {
    stopHighlight?.();
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    highlight.style.display = 'block';
    const place = () => {
      const r = el.getBoundingClientRect();
      Object.assign(highlight.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    };
    stopHighlight = autoUpdate(el, highlight, place);
  };

  const render = (r: Report) => {
    for (const stop of cleanups.splice(0)) stop();
    stopHighlight?.();
    stopHighlight = undefined;
    highlight.style.display = 'none';
    markers.replaceChildren();
    unzoom();
    const wcag = r.standards.find((s) => s.standard === 'wcag');
    const failing = r.findings.filter((f) => !f.advice).length;
    status.textContent = t.status(r.findings.length, failing, r.findings.length - failing);
    const honest = wcag ? (t.honest?.(wcag, wcag.manual.length) ?? wcag.sentence) : '';
    // Each finding's [title, fix] in the panel's language, once for its list entry and its markers.
    const texts = r.findings.map(translated);
    const row = (term: string, value: string, attributes: Record<string, string> = {}) => (value ? [h(doc, 'dt', {}, term), h(doc, 'dd', attributes, value)] : []);
    body.replaceChildren(
      h(doc, 'p', { class: 'honest' }, `${honest}${t.sentenceSeparator}${t.approximate(STANDARD_NAMES.gb)}`),
      h(
        doc,
        'ol',
        {},
        ...r.findings.map((f, i) => {
          const [title, fix] = texts[i] ?? [];
          return h(
            doc,
            'li',
            { class: 'finding' },
            h(
              doc,
              'details',
              { 'data-f': String(i) },
              h(
                doc,
                'summary',
                {},
                h(doc, 'span', { class: `badge ${f.advice ? 'advice' : f.severity}` }, f.advice ? t.advice : t.severity[f.severity]),
                ' ',
                h(doc, 'span', { class: 'n' }, `${i + 1}.`),
                ' ',
                title ?? h(doc, 'span', english, f.title),
                `${f.aid ? t.withAid(f.aid) : ''} — ${f.count}`,
              ),
              h(
                doc,
                'dl',
                {},
                ...row(t.who, f.who.map((w) => t.people[w]).join(t.listSeparator)),
                ...row(t.fix, fix ?? f.fix, fix ? {} : english),
                ...row('WCAG', f.wcag.join(', ')),
                ...row('GB/T 37668', f.gb.join('; ')),
                ...row('MIIT', f.miit.join('; ')),
              ),
              h(
                doc,
                'ul',
                { class: 'elements' },
                ...f.elements.map((e, j) => h(doc, 'li', {}, h(doc, 'button', { type: 'button', 'data-f': String(i), 'data-e': String(j) }, e.selector), e.detail && h(doc, 'span', { class: 'detail', ...english }, e.detail))),
              ),
            ),
          );
        }),
      ),
    );

    // Numbered markers on the elements, anchored with floating-ui so they follow scrolling and layout.
    let drawn = 0;
    r.findings.forEach((f, i) => {
      f.elements.forEach((_, j) => {
        const el = target(f, j);
        if (!el || drawn >= (options.maxMarkers ?? 150)) return;
        drawn++;
        const marker = doc.createElement('span');
        marker.className = `marker ${f.advice ? 'advice' : f.severity}`;
        marker.textContent = String(i + 1);
        marker.dataset.f = String(i);
        marker.dataset.e = String(j);
        marker.title = texts[i]?.[0] ?? f.title;
        markers.append(marker);
        const place = () =>
          void computePosition(el, marker, { placement: 'top-start', strategy: 'fixed', middleware: [offset(2), flip(), shift({ padding: 2 })] }).then(({ x, y }) => {
            marker.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
          });
        cleanups.push(autoUpdate(el, marker, place));
      });
    });
  };

  // Activating an element's button shows it; a marker opens its finding in the list.
  const onClick = (event: Event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-f][data-e]');
    if (!button) return;
    const [f, e] = [Number(button.dataset.f), Number(button.dataset.e)];
    if (button.classList.contains('marker')) {
      const details = aside.querySelector<HTMLDetailsElement>(`details[data-f="${f}"]`)!;
      details.open = true;
      details.querySelector<HTMLElement>(`button[data-e="${e}"]`)?.focus();
    }
    const finding = report?.findings[f];
    const el = finding && target(finding, e);
    if (el) show(el);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      panel.close();
    }
  };
  shadow.addEventListener('click', onClick);
  aside.addEventListener('keydown', onKey);

  const rerunButton = aside.querySelector<HTMLButtonElement>('.rerun')!;
  let running: Promise<Report> | undefined;
  let closed = false;
  const run = (first = false): Promise<Report> => {
    running ??= (async () => {
      // Focus in the panel, or nowhere: it goes to "Run again" afterwards (the list it was in is replaced).
      const active = doc.activeElement;
      const fromPanel = !first && (!active || active === doc.body || active === host);
      status.textContent = t.auditing;
      try {
        report = await audit(doc, options);
        axeTexts ??= await translations;
        if (!closed) render(report);
        return report;
      } catch (error) {
        status.textContent = t.failed(String((error as Error)?.message ?? error), !!report);
        throw error;
      } finally {
        running = undefined;
        if (fromPanel && !closed) rerunButton.focus();
      }
    })();
    return running;
  };
  const onRerun = () => void run().catch(() => {});
  const onClose = () => panel.close();
  rerunButton.addEventListener('click', onRerun);
  aside.querySelector('.close')!.addEventListener('click', onClose);

  const panel: AuditPanel = {
    get report() {
      return report!;
    },
    element: host,
    rerun: () => run(),
    close() {
      if (closed) return;
      closed = true;
      for (const stop of cleanups.splice(0)) stop();
      stopHighlight?.();
      stopHighlight = undefined;
      zoomWatch.disconnect();
      shadow.removeEventListener('click', onClick);
      aside.removeEventListener('keydown', onKey);
      rerunButton.removeEventListener('click', onRerun);
      aside.querySelector('.close')!.removeEventListener('click', onClose);
      // Focus in the panel (or already lost) goes back where the developer was, not to <body>.
      const active = doc.activeElement;
      const ours = !active || active === doc.body || active === host;
      host.remove();
      panels.delete(host);
      if (ours && opener && opener !== doc.body && opener.isConnected && !host.contains(opener)) (opener as HTMLElement).focus?.();
    },
  };
  panels.set(host, panel);
  await run(true);
  const title = aside.querySelector<HTMLElement>('h2')!;
  title.tabIndex = -1;
  if (!closed) title.focus();
  return panel;
}
