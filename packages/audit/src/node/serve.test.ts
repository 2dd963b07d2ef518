// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { inside, serveFolder } from './serve.js';

it('serves the folder, tells what it did not have, and survives a malformed address', async () => {
  const root = mkdtempSync(join(tmpdir(), 'reachable-serve-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>');
  const missing: string[] = [];
  const server = await serveFolder(root, (path) => missing.push(path));
  try {
    expect((await fetch(server.url)).status).toBe(200);
    expect((await fetch(`${server.url}shared/caption%20s.vtt`)).status).toBe(404);
    expect(missing).toEqual(['/shared/caption s.vtt']);
    expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(400);
    expect((await fetch(server.url)).status).toBe(200); // still serving
  } finally {
    await server.close();
  }
});

it('tells a path inside a folder from one beside it, the root folder holding everything', () => {
  expect([inside('/site', '/site'), inside('/site', '/site/a/b.html'), inside('/', '/site/a.html'), inside('/site/', '/site/a.html')]).toEqual([true, true, true, true]);
  expect([inside('/site', '/site2/a.html'), inside('/site', '/'), inside('/site/a', '/site/b.html')]).toEqual([false, false, false]);
});
