// The screen-reader tier: Orca reading Chromium under Xvfb. Not part of
// `pnpm test`; run it with `pnpm test:sr`, which starts the stack these tests
// need (test/sr/run.mjs) and then runs this config.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'sr',
    include: ['test/sr/**/*.sr.test.ts'],
    environment: 'node',
    // One Orca per user and one browser: scenarios run one file at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
