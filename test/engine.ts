// Which engine a browser test runs in (the vitest project provides it), and
// explicit skips, with their reason, for what only Chromium can do.
import { cdp } from 'vitest/browser';
import { inject } from 'vitest';
import { getCurrentTest } from 'vitest/suite';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: 'chromium' | 'firefox' | 'webkit';
  }
}

export const engine = inject('engine');

/** Skips the running test in `engines`, saying why in the report. */
export function skipIn(engines: (typeof engine)[], reason: string): void {
  if (!engines.includes(engine)) return;
  const test = getCurrentTest();
  if (!test) throw new Error('skipIn() must be called inside a test');
  test.context.skip(`not in ${engine}: ${reason}`);
}

/** Skips the running test in every engine but Chromium, saying why in the report. */
export function chromiumOnly(reason: string): void {
  if (engine === 'chromium') return;
  const test = getCurrentTest();
  if (!test) throw new Error('chromiumOnly() must be called inside a test');
  test.context.skip(`Chromium only: ${reason}`);
}

/**
 * Turns forced colours (Windows High Contrast) on: Chromium alone can emulate them, so the test is skipped elsewhere.
 * Turning them off again does nothing outside Chromium.
 */
export async function emulateForcedColors(active: boolean): Promise<void> {
  if (active) chromiumOnly('forced colours are emulated through the DevTools protocol');
  if (engine === 'chromium') await cdp().send('Emulation.setEmulatedMedia', { features: active ? [{ name: 'forced-colors', value: 'active' }] : [] });
}
