// Audits pages in Chromium: the given ones, and (up to `maxPages`) the same-origin
// pages they link to, `concurrency` at a time, respecting robots.txt. A page that
// fails to load, answers with an HTTP error or is not HTML becomes one line of the
// result, and the crawl goes on.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { CheckGroup } from '../audit.js';
import type { Report } from '../types.js';
import { CHROMIUM_ARGS } from './chromium.js';
import { auditPage } from './playwright.js';
import { parseRobots, USER_AGENT } from './robots.js';

export interface CrawlOptions {
  /** Where to start: absolute http(s) or file URLs. */
  urls: string[];
  executablePath: string;
  /** Pages to audit at most, the start pages included. Default: the start pages only. */
  maxPages?: number;
  /** Pages loaded and audited at once. Default 1. */
  concurrency?: number;
  /** How long a page may take to load (ms). Default 30 s. */
  timeout?: number;
  /** How long one page's audit may take once loaded (ms). Default 120 s. */
  auditTimeout?: number;
  viewport?: { width: number; height: number };
  /** Crop screenshots of findings (for the HTML report). */
  screenshots?: boolean;
  /** Refuse every request to another origin (CDNs, analytics, fonts): private and offline, but the page may look different. */
  sameOriginOnly?: boolean;
  skip?: CheckGroup[];
  exclude?: string[];
  onEvent?: (event: CrawlEvent) => void;
}

export type CrawlEvent =
  | { type: 'start'; url: string; index: number }
  | { type: 'step'; url: string; step: string }
  | { type: 'done'; url: string; index: number; report: Report }
  | { type: 'error'; url: string; index: number; error: string }
  | { type: 'excluded'; url: string; reason: string };

export interface PageError {
  url: string;
  error: string;
  /** A page given on the command line (not one found by crawling). */
  start: boolean;
}

export interface CrawlResult {
  pages: Report[];
  errors: PageError[];
  /** Pages found but not audited: robots.txt, or more than maxPages. */
  excluded: { url: string; reason: string }[];
  durationMs: number;
}

/** Types of response that are pages. */
const HTML = /^(text\/html|application\/xhtml\+xml)\b/i;

/** A page's address as the crawl keys it: no fragment, and `…/index.html` as its folder (the same page on nearly every server). */
export function normalize(href: string): string | undefined {
  try {
    const url = new URL(href);
    if (!/^(https?|file):$/.test(url.protocol)) return undefined;
    url.hash = '';
    if (url.protocol !== 'file:') url.pathname = url.pathname.replace(/\/index\.html?$/, '/');
    return url.href;
  } catch {
    return undefined;
  }
}

/** The part of the web a crawl from `start` stays in: its origin, or for files its folder. */
export function scopeOf(start: string): (url: string) => boolean {
  const s = new URL(start);
  if (s.protocol === 'file:') {
    const folder = s.href.slice(0, s.href.lastIndexOf('/') + 1);
    return (url) => url.startsWith(folder);
  }
  return (url) => {
    try {
      return new URL(url).origin === s.origin;
    } catch {
      return false;
    }
  };
}

/** One line for a page that could not be audited, from Playwright's navigation error. */
export function navigationError(error: unknown, timeout: number): string {
  const message = String((error as Error)?.message ?? error);
  if ((error as Error)?.name === 'TimeoutError' || /Timeout \d+ms exceeded/.test(message)) return `did not finish loading within ${Math.round(timeout / 1000)} s`;
  if (message.includes('ERR_TOO_MANY_REDIRECTS')) return 'redirect loop (too many redirects)';
  if (message.includes('Download is starting')) return 'not HTML (the browser would download it)';
  if (message.includes('ERR_CONNECTION_REFUSED')) return 'connection refused';
  if (message.includes('ERR_NAME_NOT_RESOLVED')) return 'host not found';
  if (message.includes('ERR_FILE_NOT_FOUND')) return 'file not found';
  const net = /net::(ERR_[A-Z_]+)/.exec(message);
  if (net) return `could not be loaded (${net[1]})`;
  return message.split('\n')[0]!.replace(/^page\.goto: /, '');
}

async function robotsFor(origin: string, cache: Map<string, Promise<(path: string) => boolean>>): Promise<(path: string) => boolean> {
  let entry = cache.get(origin);
  if (!entry) {
    entry = (async () => {
      if (!/^https?:/.test(origin)) return () => true;
      try {
        const response = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(5000), headers: { 'user-agent': USER_AGENT } });
        if (response.ok) return parseRobots(await response.text());
        // RFC 9309: a robots.txt that is missing allows everything; a server error, nothing.
        return response.status >= 500 ? () => false : () => true;
      } catch {
        return () => true;
      }
    })();
    cache.set(origin, entry);
  }
  return entry;
}

interface Tab {
  context: BrowserContext;
  page: Page;
}

export async function crawl(options: CrawlOptions): Promise<CrawlResult> {
  const started = Date.now();
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const timeout = options.timeout ?? 30_000;
  const auditTimeout = options.auditTimeout ?? 120_000;
  const starts = options.urls.map((u) => normalize(u)).filter((u): u is string => !!u);
  const maxPages = Math.max(options.maxPages ?? starts.length, starts.length);
  const emit = options.onEvent ?? (() => {});
  const inScope = starts.map(scopeOf);
  const robots = new Map<string, Promise<(path: string) => boolean>>();

  const order = new Map<string, number>();
  const queue: { url: string; start: boolean }[] = [];
  const pages: { index: number; report: Report }[] = [];
  const errors: (PageError & { index: number })[] = [];
  const excluded: { url: string; reason: string }[] = [];
  let taken = 0;
  let active = 0;
  let wake: (() => void)[] = [];
  const notify = () => {
    for (const resolve of wake.splice(0)) resolve();
  };

  const enqueue = async (url: string, start: boolean) => {
    if (order.has(url)) return;
    order.set(url, order.size);
    if (!start) {
      const { origin, pathname, search } = new URL(url);
      const allowed = await robotsFor(origin, robots);
      if (!allowed(`${pathname}${search}`)) {
        excluded.push({ url, reason: 'robots.txt' });
        emit({ type: 'excluded', url, reason: 'robots.txt' });
        return;
      }
    }
    queue.push({ url, start });
    notify();
  };
  for (const url of starts) await enqueue(url, true);

  const browser: Browser = await chromium.launch({ executablePath: options.executablePath, args: CHROMIUM_ARGS, headless: true });

  // Each worker keeps one tab for all its pages: a site's pages then share a renderer, which
  // compiles the auditor (axe-core included) once instead of once per page.
  const newTab = async () => {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, bypassCSP: true, serviceWorkers: 'block' });
    if (options.sameOriginOnly) {
      await context.route('**/*', (route) => {
        const target = route.request().url();
        return inScope.some((scope) => scope(target)) || target.startsWith('data:') || target.startsWith('blob:') ? route.continue() : route.abort('blockedbyclient');
      });
    }
    return { context, page: await context.newPage() };
  };

  const visit = async (tab: Tab, { url, start }: { url: string; start: boolean }, index: number) => {
    emit({ type: 'start', url, index });
    // After anything but a page audited, the next page gets a new tab: a navigation that timed
    // out, a download or a PDF viewer would interrupt it.
    const renew = async () => {
      await tab.context.close().catch(() => {});
      Object.assign(tab, await newTab());
    };
    const fail = async (error: string) => {
      errors.push({ url, error, start, index });
      emit({ type: 'error', url, index, error });
      await renew();
    };
    try {
      const { page } = tab;
      let response;
      try {
        response = await page.goto(url, { waitUntil: 'load', timeout });
      } catch (error) {
        return fail(navigationError(error, timeout));
      }
      if (response && response.status() >= 400) return fail(`HTTP ${response.status()}${response.statusText() ? ` ${response.statusText()}` : ''}`);
      const type = response?.headers()['content-type'];
      if (type && !HTML.test(type)) return fail(`not HTML (${type.split(';')[0]!.trim()})`);
      const landed = normalize(page.url()) ?? url;
      if (!inScope.some((scope) => scope(landed))) return fail(`redirected to another site (${landed}): not audited`);
      const follow = async () => {
        const links = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href],area[href]')].map((a) => a.href));
        for (const link of links) {
          const next = normalize(link);
          if (next && inScope.some((scope) => scope(next))) await enqueue(next, false);
        }
      };
      // The links the page arrived with go to the other workers at once; those its scripts add, once it is idle.
      await follow();
      await page.waitForLoadState('networkidle', { timeout: 2000 }).catch(() => {});
      await follow();

      let timer: ReturnType<typeof setTimeout> | undefined;
      const report = await Promise.race([
        auditPage(page, { screenshots: !!options.screenshots, skip: options.skip ?? [], exclude: options.exclude ?? [], onProgress: (step) => emit({ type: 'step', url, step }) }),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`the audit did not finish within ${auditTimeout / 1000} s`)), auditTimeout))),
      ]).finally(() => clearTimeout(timer));
      pages.push({ index, report });
      emit({ type: 'done', url, index, report });
    } catch (error) {
      await fail(String((error as Error)?.message ?? error).split('\n')[0]!);
    }
  };

  const worker = async () => {
    let tab: Tab | undefined;
    try {
      for (;;) {
        if (taken >= maxPages) return;
        const next = queue.shift();
        if (!next) {
          if (active === 0) return;
          await new Promise<void>((resolve) => wake.push(resolve));
          continue;
        }
        taken++;
        active++;
        try {
          tab ??= await newTab();
          await visit(tab, next, taken);
        } finally {
          active--;
          notify();
        }
      }
    } finally {
      await tab?.context.close().catch(() => {});
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    wake = [];
    await browser.close();
  }
  const reason = options.maxPages === undefined ? 'linked, not followed (no --max-pages)' : `beyond --max-pages ${maxPages}`;
  for (const rest of queue) excluded.push({ url: rest.url, reason });
  const byOrder = (a: { index: number }, b: { index: number }) => a.index - b.index;
  return {
    pages: pages.sort(byOrder).map((p) => p.report),
    errors: errors.sort(byOrder).map(({ index: _, ...e }) => e),
    excluded,
    durationMs: Date.now() - started,
  };
}
