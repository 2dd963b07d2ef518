// The crawl's scheduling, in Chromium: pages found on a page go to the other workers as soon as it
// has loaded, not once it has gone quiet (a page that keeps a request open holds its own worker for
// the idle wait, and must not hold the rest of the crawl).
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findChromium } from '../src/node/chromium.js';
// The built crawl, as the CLI runs it: it injects the built in-page auditor.
import { crawl } from '../dist/node/crawl.js';

const open = new Set<ServerResponse>();
const server = createServer((req, res) => {
  const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  if (req.url === '/busy.html') {
    // Loads at once, then keeps a request open: the network never goes idle.
    return html(`<!doctype html><html lang="en"><title>Busy</title><main><h1>Busy</h1><a href="/next.html">Next</a></main>
<script>addEventListener('load', () => fetch('/open'))</script></html>`);
  }
  if (req.url === '/next.html') return html('<!doctype html><html lang="en"><title>Next</title><main><h1>Next</h1></main></html>');
  if (req.url === '/open') return void open.add(res);
  res.writeHead(404).end();
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  for (const res of open) res.destroy();
  server.close();
});

it("hands a page's links to the other workers once it has loaded, before its network is idle", async () => {
  const started = new Map<string, number>();
  const result = await crawl({
    urls: [`${base}/busy.html`],
    executablePath: findChromium()!,
    maxPages: 2,
    concurrency: 2,
    skip: ['aids', 'focus'],
    onEvent: (event) => void (event.type === 'start' && started.set(event.url, performance.now())),
  });
  expect(result.errors).toEqual([]);
  expect(result.pages.map((p) => p.url).sort()).toEqual([`${base}/busy.html`, `${base}/next.html`]);
  // The busy page's idle wait runs out after 2 s; its link was followed long before.
  expect(started.get(`${base}/next.html`)! - started.get(`${base}/busy.html`)!).toBeLessThan(1500);
});
