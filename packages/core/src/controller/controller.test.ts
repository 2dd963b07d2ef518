import { afterEach, expect, it, vi } from 'vitest';
import { defineAid, type AidDefinition } from '../aids/define.js';
import { memoryStorage } from '../preferences/storage.js';
import { createReachable, type Reachable } from './controller.js';

let controller: Reachable | undefined;
afterEach(() => {
  controller?.destroy();
  controller = undefined;
  vi.restoreAllMocks();
});

/** An aid whose engine records what it is given. */
function recorder<const K extends readonly Parameters<typeof defineAid>[0]['keys'][number][]>(id: string, keys: K) {
  const applied: unknown[] = [];
  const destroyed = vi.fn();
  const aid = defineAid({ id, keys, group: 'test', controls: [{ key: keys[0]! }], engine: () => ({ apply: (value: unknown) => applied.push(value), destroy: destroyed }) });
  return { aid: aid as unknown as AidDefinition, applied, destroyed };
}

it('gives an engine that owns several preferences all of their values, on start and when any of them changes', () => {
  const speech = recorder('speech', ['speech', 'speechRate']);
  const spacing = recorder('textSpacing', ['textSpacing']);
  controller = createReachable({ storage: memoryStorage(), registry: [speech.aid, spacing.aid] });
  expect(controller.features).toEqual(['speech', 'textSpacing']);
  expect(speech.applied).toEqual([{ speech: 'off', speechRate: 1 }]);
  expect(spacing.applied).toEqual([false]);
  controller.preferences.set({ speechRate: 1.5 });
  controller.preferences.set({ speech: 'hover' });
  controller.preferences.set({ textSpacing: true });
  expect(speech.applied).toEqual([
    { speech: 'off', speechRate: 1 },
    { speech: 'off', speechRate: 1.5 },
    { speech: 'hover', speechRate: 1.5 },
  ]);
  expect(spacing.applied).toEqual([false, true]);
  // Both keys belong to the aid: neither is refused as not enabled.
  expect(controller.preferences.get()).toMatchObject({ speech: 'hover', speechRate: 1.5, textSpacing: true });
  controller.destroy();
  expect(speech.destroyed).toHaveBeenCalledOnce();
  expect(spacing.destroyed).toHaveBeenCalledOnce();
  controller = undefined;
});

it('offers only the features asked for, in the order given, and refuses the other aids’ keys', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const speech = recorder('speech', ['speech', 'speechRate']);
  const spacing = recorder('textSpacing', ['textSpacing']);
  controller = createReachable({ storage: memoryStorage(), registry: [speech.aid, spacing.aid], features: ['textSpacing' as never] });
  expect(controller.features).toEqual(['textSpacing']);
  controller.preferences.set({ speechRate: 2 });
  expect(controller.preferences.get().speechRate).toBe(1);
  expect(speech.applied).toEqual([]);
});

it('keeps the other aids and the page working when one engine throws', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const broken = defineAid({
    id: 'fontScale',
    keys: ['fontScale'],
    group: 'test',
    controls: [{ key: 'fontScale' }],
    engine: () => ({
      apply: (value: number) => {
        if (value > 1) throw new Error('broken');
      },
      destroy() {},
    }),
  }) as unknown as AidDefinition;
  const spacing = recorder('textSpacing', ['textSpacing']);
  controller = createReachable({ storage: memoryStorage(), registry: [broken, spacing.aid] });
  expect(() => controller!.preferences.set({ fontScale: 2, textSpacing: true })).not.toThrow();
  expect(spacing.applied).toEqual([false, true]);
  expect(error).toHaveBeenCalledOnce();
  expect(String(error.mock.calls[0]?.[0])).toContain('The fontScale aid failed');
});
