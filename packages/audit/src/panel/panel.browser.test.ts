import { afterEach, describe, expect, it } from 'vitest';
import { page as browserPage, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import { useFixturePages } from '../../../../test/fixture.js';
import { PANEL_TAG, showAuditPanel, type AuditPanel } from './panel.js';

const page = useFixturePages();
let panel: AuditPanel | undefined;
afterEach(() => {
  panel?.close();
  panel = undefined;
  // A panel opened by the automatic import is not held here: Escape closes it, markers and all.
  for (const host of document.querySelectorAll(PANEL_TAG)) host.shadowRoot?.querySelector('aside')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
});

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const fixture = () =>
  page(
    '#fixture { margin: 120px 20px 0; width: 500px; } #fixture p { font-size: 13px; } #fixture .tall { height: 1500px; }',
    '<img id="photo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="80" height="60"><p id="small">一段太小的正文，年长的读者很难看清楚，需要放大才能阅读。Small body text.</p><div class="tall"></div>',
  );

describe('the in-page panel', () => {
  it("lists the page's findings, and not its own", async () => {
    fixture();
    // The whole document, the open panel in it.
    panel = await showAuditPanel({ skip: ['aids', 'focus'] });
    const shadow = panel.element.shadowRoot!;
    const rules = panel.report.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['axe/image-alt', 'text-size']));
    expect(shadow.querySelectorAll('li.finding')).toHaveLength(panel.report.findings.length);
    expect(shadow.querySelector('[role="status"]')!.textContent).toMatch(/^\d+ findings \(\d+ to fix, \d+ advice\)\.$/);
    // Whatever the panel holds is never audited, not even a defect of its own.
    const inPanel = document.createElement('img');
    inPanel.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    inPanel.className = 'in-panel';
    Object.assign(inPanel, { width: 40, height: 40 });
    shadow.append(inPanel);
    const again = await panel.rerun();
    expect(again.findings.map((f) => f.rule)).toEqual(rules);
    expect(JSON.stringify(again.findings)).not.toContain(PANEL_TAG);
    expect(JSON.stringify(again.findings)).not.toContain('in-panel');
    // Every element found is one of the page's, found again by its selector outside the panel.
    for (const f of again.findings) {
      for (const e of f.elements) {
        const el = document.querySelector(e.selector);
        expect(el, `${f.rule}: ${e.selector}`).not.toBeNull();
        expect(panel.element.contains(el) || el === panel.element, `${f.rule}: ${e.selector}`).toBe(false);
      }
    }
    expect(again.checks.find((c) => c.rule === 'axe/color-contrast-enhanced')?.outcome).not.toBe('not-run');
  });

  it('anchors a numbered marker to each element, and keeps it there when the page scrolls, zooms or moves it', async () => {
    const root = fixture();
    panel = await showAuditPanel({ include: root, skip: ['aids', 'focus'] });
    const shadow = panel.element.shadowRoot!;
    const index = panel.report.findings.findIndex((f) => f.rule === 'axe/image-alt');
    const marker = shadow.querySelector<HTMLElement>(`.marker[data-f="${index}"]`)!;
    const photo = root.querySelector('#photo')!;
    const near = () => {
      const [m, p] = [marker.getBoundingClientRect(), photo.getBoundingClientRect()];
      return { left: Math.round(m.left - p.left), gap: Math.round(p.top - m.bottom) };
    };
    await frame();
    expect(marker.textContent).toBe(String(index + 1));
    expect(near()).toEqual({ left: 0, gap: 2 });
    window.scrollBy(0, 40);
    await frame();
    expect(near()).toEqual({ left: 0, gap: 2 });
    window.scrollTo(0, 0);
    // Zoomed as page zoom (or a site's own zoom) does it: CSS zoom on the root, which moves and
    // scales the element and the marker with it.
    const panelWidth = shadow.querySelector('aside')!.getBoundingClientRect().width;
    document.documentElement.style.zoom = '1.5';
    try {
      await frame();
      expect(near()).toEqual({ left: 0, gap: 2 });
      // The panel itself keeps its size.
      expect(Math.round(shadow.querySelector('aside')!.getBoundingClientRect().width)).toBe(Math.round(panelWidth));
      // The element moved by a change of layout, not a scroll or a resize of its own.
      (root as HTMLElement).style.marginLeft = '60px';
      await frame();
      expect(near()).toEqual({ left: 0, gap: 2 });
    } finally {
      document.documentElement.style.zoom = '';
    }
    // The window resized: the element, placed in vw, moves with it.
    const [width, height] = [innerWidth, innerHeight];
    (root as HTMLElement).style.marginLeft = '20vw';
    await frame();
    const before = photo.getBoundingClientRect().left;
    try {
      await browserPage.viewport(width - 200, height);
      await frame();
      expect(Math.round(before - photo.getBoundingClientRect().left)).toBe(40);
      expect(near()).toEqual({ left: 0, gap: 2 });
    } finally {
      await browserPage.viewport(width, height);
    }
  });

  it('keeps its size on a page zoomed while it is open, with no marker drawn', async () => {
    fixture();
    panel = await showAuditPanel({ skip: ['aids', 'focus'], maxMarkers: 0 });
    const aside = panel.element.shadowRoot!.querySelector('aside')!;
    const width = aside.getBoundingClientRect().width;
    document.documentElement.style.zoom = '2';
    try {
      await frame();
      await frame();
      expect(Math.round(aside.getBoundingClientRect().width)).toBe(Math.round(width));
    } finally {
      document.documentElement.style.zoom = '';
    }
    await frame();
    await frame();
    expect(Math.round(aside.getBoundingClientRect().width)).toBe(Math.round(width));
  });

  it('shows an element when its button is activated, and a marker opens its finding', async () => {
    const root = fixture();
    panel = await showAuditPanel({ include: root, skip: ['aids', 'focus'] });
    const shadow = panel.element.shadowRoot!;
    const index = panel.report.findings.findIndex((f) => f.rule === 'text-size');
    shadow.querySelector<HTMLElement>(`.marker[data-f="${index}"]`)!.click();
    const details = shadow.querySelector<HTMLDetailsElement>(`details[data-f="${index}"]`)!;
    expect(details.open).toBe(true);
    const button = details.querySelector<HTMLButtonElement>('button[data-e="0"]')!;
    expect(shadow.activeElement).toBe(button);
    button.click();
    await frame();
    const [h, p] = [shadow.querySelector<HTMLElement>('.highlight')!.getBoundingClientRect(), root.querySelector('#small')!.getBoundingClientRect()];
    expect([h.left, h.top, h.width, h.height].map(Math.round)).toEqual([p.left, p.top, p.width, p.height].map(Math.round));
  });

  it('gives focus back: to "Run again" after a run, to where it was when it closes', async () => {
    const root = fixture();
    root.insertAdjacentHTML('afterbegin', '<button type="button" id="opener">Audit</button>');
    const opener = root.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    panel = await showAuditPanel({ include: root, skip: ['aids'] });
    const shadow = panel.element.shadowRoot!;
    const rerun = shadow.querySelector<HTMLButtonElement>('.rerun')!;
    // A real click: the focus check moves focus all over the page while it runs.
    await userEvent.click(rerun);
    await expect.poll(() => shadow.querySelector('[role="status"]')!.textContent, { timeout: 20_000 }).toMatch(/findings/);
    expect(shadow.activeElement).toBe(rerun);
    // Focus on an element's button in the list, which a run replaces.
    shadow.querySelector<HTMLDetailsElement>('details')!.open = true;
    const inList = shadow.querySelector<HTMLElement>('ul.elements button')!;
    inList.focus();
    expect(shadow.activeElement).toBe(inList);
    await panel.rerun();
    expect(inList.isConnected).toBe(false);
    expect(shadow.activeElement).toBe(rerun);
    rerun.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(document.activeElement).toBe(opener);
    panel = undefined;
  });

  it('says so when the audit fails, instead of "Auditing…" for ever', async () => {
    const root = fixture();
    let fail = false;
    panel = await showAuditPanel({
      include: root,
      skip: ['aids', 'focus'],
      onProgress: () => {
        if (fail) throw new Error('the page went away');
      },
    });
    fail = true;
    await expect(panel.rerun()).rejects.toThrow('the page went away');
    expect(panel.element.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('The audit failed: the page went away. The list is from the run before.');
  });

  it('closes the panel it replaces, and its markers stop following the page', async () => {
    fixture();
    const first = await showAuditPanel({ include: document.querySelector<HTMLElement>('#fixture')!, skip: ['aids', 'focus'] });
    const marker = first.element.shadowRoot!.querySelector<HTMLElement>('.marker')!;
    await frame();
    panel = await showAuditPanel({ include: document.querySelector<HTMLElement>('#fixture')!, skip: ['aids', 'focus'] });
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(1);
    await frame();
    const placed = marker.style.transform;
    window.scrollBy(0, 40);
    await frame();
    window.scrollTo(0, 0);
    await frame();
    window.scrollBy(0, 60);
    await frame();
    expect(marker.style.transform).toBe(placed);
    window.scrollTo(0, 0);
  });

  it('speaks the page’s language — 简体中文, 繁體中文 or English — its own words and its findings', async () => {
    const root = fixture();
    const texts = () => {
      const shadow = panel!.element.shadowRoot!;
      const text = (selector: string) => shadow.querySelector(selector)!.textContent!;
      return {
        lang: shadow.querySelector('aside')!.lang,
        title: text('h2'),
        rerun: text('.rerun'),
        close: shadow.querySelector('.close')!.getAttribute('aria-label'),
        status: text('[role="status"]'),
        honest: text('.honest'),
        findings: [...shadow.querySelectorAll('summary')].map((s) => s.textContent!).join('\n'),
        fixes: [...shadow.querySelectorAll('dd')].map((d) => d.textContent!).join('\n'),
        // What stays in English says so: each element's detail line.
        details: [...shadow.querySelectorAll('.detail')].map((d) => d.getAttribute('lang')),
      };
    };
    panel = await showAuditPanel({ include: root, skip: ['aids', 'focus'], lang: 'zh-CN' });
    let shown = texts();
    expect(shown).toMatchObject({ lang: 'zh-CN', title: '无障碍检查', rerun: '重新检查', close: '关闭检查面板' });
    expect(shown.status).toMatch(/^发现 \d+ 个问题（\d+ 个需要修复，\d+ 条建议）。$/);
    expect(shown.honest).toMatch(/^WCAG 2\.2（A 级和 AA 级）：\d+ 项适用的自动检查中 \d+ 项通过.*这不是符合性声明/);
    // axe-core's rule in axe-core's own translation; this package's checks in the panel's.
    expect(shown.findings).toContain('图像必须有替代文本');
    expect(shown.findings).toContain('正文文字小于 16 px');
    expect(shown.fixes).toContain('正文文字至少设为 16 px');
    expect(shown.fixes).toContain('老年人');
    expect(shown.details.length).toBeGreaterThan(0);
    expect(new Set(shown.details)).toEqual(new Set(['en']));
    expect(shown.honest).not.toContain('。 ');
    await expectNoAxeViolations(panel.element);
    panel.close();

    // No option: the page's own lang, here Traditional Chinese, then English.
    const before = document.documentElement.lang;
    document.documentElement.lang = 'zh-Hant-TW';
    try {
      panel = await showAuditPanel({ include: root, skip: ['aids', 'focus'] });
      shown = texts();
      // The language asked for is kept on the panel, for a screen reader's voice.
      expect(shown).toMatchObject({ lang: 'zh-Hant-TW', title: '無障礙檢測', rerun: '重新檢測' });
      expect(shown.findings).toContain('圖片必須有替代文字');
      expect(shown.findings).toContain('內文文字小於 16 px');
      expect(shown.fixes).toContain('長者');
      panel.close();
      document.documentElement.lang = 'en-GB';
      panel = await showAuditPanel({ include: root, skip: ['aids', 'focus'] });
      expect(texts()).toMatchObject({ lang: 'en-GB', title: 'Accessibility audit' });
      expect(texts().details.length).toBeGreaterThan(0);
      expect(texts().details.every((lang) => lang === null)).toBe(true);
      expect(texts().findings).toContain('Body text is smaller than 16 px');
      // A language the panel does not speak: English, marked English, not read with a French voice.
      panel.close();
      document.documentElement.lang = 'fr';
      panel = await showAuditPanel({ include: root, skip: ['aids', 'focus'] });
      expect(texts()).toMatchObject({ lang: 'en', title: 'Accessibility audit' });
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('opens by itself at ?reachable-audit, in the language the address names', async () => {
    fixture();
    const address = location.href;
    history.replaceState(history.state, '', `${location.pathname}?reachable-audit=zh-TW`);
    try {
      await import('./auto.js'); // reads the address as it is imported
    } finally {
      history.replaceState(history.state, '', address);
    }
    await expect.poll(() => document.querySelector(PANEL_TAG)?.shadowRoot?.querySelector('[role="status"]')?.textContent, { timeout: 20_000 }).toMatch(/^發現 \d+ 個問題/);
    const shadow = document.querySelector(PANEL_TAG)!.shadowRoot!;
    expect(shadow.querySelector('aside')!.lang).toBe('zh-TW');
  }, 30_000);

  it('is itself accessible, and Escape removes it with its markers', async () => {
    const root = fixture();
    panel = await showAuditPanel({ include: root, skip: ['aids', 'focus'] });
    await expectNoAxeViolations(panel.element);
    const shadow = panel.element.shadowRoot!;
    expect(shadow.activeElement?.localName).toBe('h2');
    shadow.querySelector('h2')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(document.querySelector(PANEL_TAG)).toBeNull();
    panel = undefined;
  });
});
