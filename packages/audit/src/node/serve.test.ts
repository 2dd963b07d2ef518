// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { serveFolder } from './serve.js';

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
