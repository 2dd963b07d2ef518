// Serves examples/ and the packages' built files on localhost, under the
// strict Content-Security-Policy that Reachable promises to work with (one page,
// the Ant Design recipe's, excepted: see ANTD_PAGE).
//   node scripts/serve.mjs [--port 4173] [--host 127.0.0.1]
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
// URL prefix → folder. Only these folders are served.
const MOUNTS = [
  ['/packages/', join(root, 'packages')],
  ['/', join(root, 'examples')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.srt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.ico': 'image/x-icon',
};
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/**
 * The one exception: the Ant Design recipe's page (docs/recipes.md), which cannot work under the strict policy.
 * antd 5 writes its CSS at run time into <style> elements through innerHTML, and offers only a nonce, not a
 * Trusted Types policy of its own: so this page allows inline styles and does not enforce Trusted Types, as
 * many sites running antd do. Scripts stay 'self' only. Every other page keeps CSP.
 */
export const ANTD_PAGE = '/react/dist/antd.html';
export const ANTD_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("; require-trusted-types-for 'script'", '');

/** The file for a URL path, or undefined when it is outside the mounts or missing. */
function fileFor(pathname, mounts) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    // Built files only, from packages: never sources or package internals.
    if (prefix === '/packages/' && !/^\/packages\/[\w-]+\/dist\//.test(pathname)) return undefined;
    let file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (file !== dir && !file.startsWith(dir + sep)) return undefined;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (statSync(file).isFile()) return file;
    } catch {}
    return undefined;
  }
  return undefined;
}

/**
 * With REACHABLE_EMBED=standalone, the script tag's first file is answered with
 * the one-file build, so the same pages and tests run against both.
 */
const EMBED = '/packages/embed/dist/reachable.js';

function handle(req, res, mounts, headStart) {
  let { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === EMBED && process.env.REACHABLE_EMBED === 'standalone') pathname = EMBED.replace('.js', '.standalone.js');
  if (pathname !== '/' && !extname(pathname) && !pathname.endsWith('/')) {
    res.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(pathname, mounts) : undefined;
  const headers = { 'content-security-policy': pathname === ANTD_PAGE ? ANTD_CSP : CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
  if (!file) {
    res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (headStart && extname(file) === '.html') {
    const body = Buffer.from(readFileSync(file, 'utf8').replace(/<head\b[^>]*>/i, (tag) => tag + headStart));
    res.writeHead(200, { ...headers, 'content-type': type, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  // Byte ranges, as real servers answer them: a video's player seeks with them.
  const { size } = statSync(file);
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  let [start, end] = [0, size - 1];
  if (range && (range[1] || range[2])) {
    [start, end] = range[1] ? [Number(range[1]), Math.min(range[2] ? Number(range[2]) : end, end)] : [Math.max(0, size - Number(range[2])), end];
    if (start > end) {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, { ...headers, 'content-type': type, 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${size}` });
  } else {
    res.writeHead(200, { ...headers, 'content-type': type, 'content-length': size, 'accept-ranges': 'bytes' });
  }
  if (req.method === 'HEAD' || size === 0) res.end();
  else createReadStream(file, { start, end }).pipe(res);
}

/**
 * Starts the examples server; with `port` taken, tries the next 20 ports.
 * Port 0 picks any free port. `mounts` adds [URL prefix, folder] pairs (test
 * pages); `headStart` is markup put first in every page's <head> (the tests'
 * console recorder). Resolves with its URL and a close function.
 * @param {{ port?: number, host?: string, mounts?: [string, string][], headStart?: string }} [options]
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function serveExamples({ port = 4173, host = '127.0.0.1', mounts = [], headStart = '' } = {}) {
  const all = [...mounts.map(([prefix, dir]) => [prefix, resolve(root, dir)]), ...MOUNTS];
  const server = createServer((req, res) => handle(req, res, all, headStart));
  const lastPort = port === 0 ? 0 : port + 20;
  return new Promise((resolve, reject) => {
    server.on('error', (error) => {
      if (error.code === 'EADDRINUSE' && port < lastPort) server.listen(++port, host);
      else reject(error);
    });
    server.on('listening', () => {
      const url = `http://${host}:${server.address().port}/`;
      resolve({ url, close: () => new Promise((done) => server.close(done)) });
    });
    server.listen(port, host);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4173' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  try {
    const { url } = await serveExamples({ port: Number(values.port), host: values.host });
    console.log(`Reachable examples: ${url}`);
    console.log(`A charity site with the one-line embed: ${url}charity/`);
    console.log('Press Ctrl+C to stop.');
  } catch (error) {
    console.error(`Could not serve the examples: ${error.message}`);
    process.exit(1);
  }
}
