// @vitest-environment node
// Every entry can be imported where there is no DOM (a Node test runner, server rendering).
import { expect, it } from 'vitest';

it.each(['./index.js', './panel/index.js', './panel/auto.js', './node/playwright.js', './node/report.js'])('importing %s in Node does nothing and throws nothing', async (entry) => {
  await expect(import(entry)).resolves.toBeTypeOf('object');
});
