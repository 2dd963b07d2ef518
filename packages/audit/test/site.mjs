// A local site for crawl tests and the benchmark: `pages` linked HTML pages, and the
// troubles real sites have — a broken link, a redirect loop, a slow page, a page that
// never finishes loading, a PDF, a page robots.txt forbids and a link to another origin.
// (Plain JavaScript: the benchmark, which Node runs as it is, serves it too.)
import { createServer } from 'node:http';

/**
 * @typedef {object} SiteOptions
 * @property {number} [pages] linked HTML pages, the home page included (default 20)
 * @property {number} [latencyMs] every response waits this long first, as a distant server does (default 0)
 * @property {number} [slowMs] how long /slow.html takes (default 1500)
 * @property {boolean} [troubles] add the troubles: broken link, loop, hang, PDF, robots.txt (default true)
 */

/** @param {number} i @param {number} total @param {boolean} troubles */
const page = (i, total, troubles) => {
  const links = [];
  for (let j = 1; j <= 3; j++) links.push(`<li><a href="/page-${((i + j - 1) % total) + 1}.html">Page ${((i + j - 1) % total) + 1}</a></li>`);
  if (troubles && i === 1) {
    links.push('<li><a href="/missing.html">A broken link</a></li>', '<li><a href="/loop">A redirect loop</a></li>', '<li><a href="/slow.html">A slow page</a></li>');
    links.push('<li><a href="/hangs.html">A page that never finishes</a></li>', '<li><a href="/report.pdf">Annual report (PDF)</a></li>', '<li><a href="/private/staff.html">Staff only</a></li>');
    links.push('<li><a href="http://other.invalid/elsewhere.html">Another site</a></li>');
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page ${i} of our charity</title>
<style>body{font:18px/1.6 sans-serif;margin:0 auto;max-width:40rem;padding:1rem}a{display:inline-block;min-height:44px;padding:8px}
.small{font-size:13px}</style></head>
<body><header><a href="/page-1.html">Home</a></header><main><h1>Page ${i}</h1>
<p>Our volunteers visit older neighbours every week, read the news with them and help with forms and phone calls.</p>
${i % 5 === 0 ? '<p class="small">This paragraph is set in small print that older visitors find hard to read without glasses.</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">' : ''}
<nav aria-label="More pages"><ul>${links.join('')}</ul></nav></main></body></html>`;
};

/**
 * Starts the site on 127.0.0.1; `requests` counts what was asked for, by path.
 * @param {SiteOptions} [options]
 */
export async function serveSite(options = {}) {
  const total = options.pages ?? 20;
  const troubles = options.troubles ?? true;
  /** @type {Map<string, number>} */
  const requests = new Map();
  /** @type {Set<import('node:http').ServerResponse>} */
  const hanging = new Set();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const html = (/** @type {string} */ body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    const m = /^\/page-(\d+)\.html$/.exec(path);
    if (path === '/' ) return void res.writeHead(302, { location: '/page-1.html' }).end();
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= total) return void html(page(Number(m[1]), total, troubles));
    if (!troubles) return void res.writeHead(404).end('Not found');
    switch (path) {
      case '/robots.txt':
        return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
      case '/loop':
        return void res.writeHead(302, { location: '/loop-again' }).end();
      case '/loop-again':
        return void res.writeHead(302, { location: '/loop' }).end();
      case '/slow.html':
        await new Promise((r) => setTimeout(r, options.slowMs ?? 1500));
        return void html(page(total + 1, total, false).replace(/Page \d+ of/, 'The slow page of'));
      case '/hangs.html':
        // The page arrives, but an image it needs never does: its load event never fires.
        return void html('<!doctype html><html lang="en"><title>Never finishes</title><p>Waiting…</p><img src="/never.png" alt="A chart"></html>');
      case '/never.png':
        hanging.add(res);
        return;
      case '/report.pdf':
        return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4\n%%EOF\n');
      case '/private/staff.html':
        return void html(page(99, total, false));
      default:
        return void res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title><h1>Not found</h1>');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
