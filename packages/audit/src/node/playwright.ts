// audit() for a Playwright page, from Node: injects the auditor into the page and
// lends it what only the browser's driver can do — real Tab presses, a viewport
// resized for the reflow check, and screenshots of what was found.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AuditOptions } from '../audit.js';
import type { Report } from '../types.js';

let source: string | undefined;
/** The in-page auditor's script: axe-core's own build, then ours (built with the package). */
export const auditorSource = () =>
  (source ??= `${readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')}\n;${readFileSync(new URL('../in-page.js', import.meta.url), 'utf8')}`);

export interface PageAuditOptions extends Pick<AuditOptions, 'exclude' | 'skip' | 'maxElements'> {
  /** A CSS selector of the part of the page to audit. Default: all of it. */
  include?: string;
  /** Crop a screenshot of each finding's first elements (JPEG data: URLs in the report). Default false. */
  screenshots?: boolean;
  /** Told each step's name. */
  onProgress?: (step: string) => void;
}

const BOUND = Symbol.for('reachable-audit.bound');
interface Bound {
  [BOUND]?: { progress?: (step: string) => void };
}

/**
 * Audits the page's current document. The page is changed while it runs (aids applied,
 * focus moved, viewport resized) and put back afterwards.
 */
export async function auditPage(page: Page, options: PageAuditOptions = {}): Promise<Report> {
  const bound = page as Page & Bound;
  if (!bound[BOUND]) {
    const state: { progress?: (step: string) => void } = {};
    bound[BOUND] = state;
    await page.exposeFunction('__reachableAuditTab', () => page.keyboard.press('Tab'));
    await page.exposeFunction('__reachableAuditViewport', (size: { width: number; height: number }) => page.setViewportSize(size));
    await page.exposeFunction('__reachableAuditCapture', async (clip: { x: number; y: number; width: number; height: number }) => {
      const image = await page.screenshot({ clip, type: 'jpeg', quality: 70, animations: 'disabled', caret: 'hide', timeout: 5000 }).catch(() => undefined);
      return image ? `data:image/jpeg;base64,${image.toString('base64')}` : undefined;
    });
    await page.exposeFunction('__reachableAuditProgress', (step: string) => state.progress?.(step));
  }
  bound[BOUND]!.progress = options.onProgress;
  if (!(await page.evaluate(() => 'ReachableAudit' in window))) await page.evaluate(auditorSource());
  const { onProgress: _, screenshots = false, include, ...rest } = options;
  return page.evaluate(
    async ({ rest, screenshots, include }) => {
      type Hooks = {
        ReachableAudit: { audit(doc: Document, options: object): Promise<unknown> };
        __reachableAuditTab(): Promise<void>;
        __reachableAuditViewport(size: object): Promise<void>;
        __reachableAuditCapture(clip: object): Promise<string | undefined>;
        __reachableAuditProgress(step: string): void;
      };
      const w = window as unknown as Hooks;
      const root = include ? document.querySelector(include) : undefined;
      if (include && !root) throw new Error(`auditPage: nothing matches include "${include}"`);
      return w.ReachableAudit.audit(document, {
        ...rest,
        ...(root && { include: root }),
        pressTab: () => w.__reachableAuditTab(),
        setViewport: (size: object) => w.__reachableAuditViewport(size),
        ...(screenshots && { capture: (clip: object) => w.__reachableAuditCapture(clip) }),
        onProgress: (step: string) => void w.__reachableAuditProgress(step),
      });
    },
    { rest, screenshots, include },
  ) as Promise<Report>;
}
