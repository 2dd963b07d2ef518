// Fixture pages for the audit's browser tests: each fixture is a whole page in a
// same-origin iframe, so its own styles, viewport and scrolling are real, and
// resizing the iframe is resizing its viewport.
import { afterEach } from 'vitest';
import type { CheckContext } from '../src/checks/check.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Where the fixture files are served from (the test server serves the repository). */
export const FIXTURES = `${import.meta.url.slice(0, import.meta.url.lastIndexOf('/') + 1)}fixtures/`;

const frame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

/** Loads `html` (with `{{FIXTURES}}` replaced) into an iframe of the given size; returns its document. */
export async function loadPage(html: string, size = { width: 1024, height: 768 }): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width:${size.width}px;height:${size.height}px;border:0;display:block`;
  frames.push(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = html.replaceAll('{{FIXTURES}}', FIXTURES);
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  await doc.fonts?.ready;
  await frame(doc.defaultView!);
  return doc;
}

/** A check context for a fixture document; `setViewport` resizes its iframe. */
export function contextFor(doc: Document, extra: Partial<CheckContext> = {}): CheckContext {
  const iframe = doc.defaultView!.frameElement as HTMLIFrameElement;
  return {
    doc,
    root: doc.documentElement,
    excluded: () => false,
    progress: async () => {},
    setViewport: async ({ width, height }) => {
      iframe.style.width = `${width}px`;
      iframe.style.height = `${height}px`;
      await frame(doc.defaultView!);
      await frame(doc.defaultView!);
    },
    ...extra,
  };
}

/** Adds a stylesheet after the fixture's own: a defect on an otherwise clean page. */
export function addStyle(doc: Document, css: string): void {
  const sheet = doc.createElement('style');
  sheet.textContent = css;
  doc.head.append(sheet);
}

/** The selectors a check found for a rule (all of them, in order). */
export function selectorsOf(findings: { rule: string; elements: { selector: string }[] }[], rule: string): string[] {
  return findings.filter((f) => f.rule === rule).flatMap((f) => f.elements.map((e) => e.selector));
}
