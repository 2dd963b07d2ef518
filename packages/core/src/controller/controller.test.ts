import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineAid, type AidDefinition } from '../aids/define.js';
import type { Engine, EngineContext } from '../engine.js';
import { ReachAidErrorEvent } from './aid-error-event.js';
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
  const aid = defineAid({ id, keys, group: 'text', controls: [{ key: keys[0]!, icon: 'type' }], engine: () => ({ apply: (value: unknown) => applied.push(value), destroy: destroyed }) });
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
    group: 'text',
    controls: [{ key: 'fontScale', icon: 'type' }],
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

it("applies an aid's engine even when its CSS hooks fail, and says so", () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const applied: unknown[] = [];
  const aid = defineAid({
    id: 'textSpacing',
    keys: ['textSpacing'],
    group: 'text',
    controls: [{ key: 'textSpacing', icon: 'type' }],
    engine: () => ({ apply: (value: boolean) => void applied.push(value), destroy() {} }),
    properties: [
      {
        name: '--reach-broken',
        key: 'textSpacing',
        value: () => {
          throw new Error('broken hook');
        },
        about: '',
      },
    ],
  }) as unknown as AidDefinition;
  controller = createReachable({ storage: memoryStorage(), registry: [aid] });
  controller.preferences.set({ textSpacing: true });
  expect(applied).toEqual([false, true]);
  expect(error).toHaveBeenCalledOnce();
  expect(String(error.mock.calls[0]?.[0])).toContain('The textSpacing aid failed');
});

describe('an aid whose engine loads on demand', () => {
  /** An aid with `load`: the test resolves or rejects each load. */
  function lazyAid() {
    const applied: unknown[] = [];
    const loads: { resolve: (create: () => Engine<unknown>) => void; reject: (error: Error) => void }[] = [];
    const aid = {
      id: 'textSpacing',
      keys: ['textSpacing'],
      group: 'text',
      controls: [{ key: 'textSpacing', icon: 'type' }],
      load: () => new Promise<() => Engine<unknown>>((resolve, reject) => loads.push({ resolve, reject })),
    } as unknown as AidDefinition;
    const engine = () => ({ apply: (value: unknown) => applied.push(value), destroy: vi.fn() });
    return { aid, applied, loads, engine };
  }

  it('is not loaded while off, loads when turned on, and then applies the value in force', async () => {
    const lazy = lazyAid();
    controller = createReachable({ storage: memoryStorage(), registry: [lazy.aid] });
    await Promise.resolve();
    expect(lazy.loads).toHaveLength(0);
    controller.preferences.set({ textSpacing: true });
    controller.preferences.set({ textSpacing: false });
    controller.preferences.set({ textSpacing: true });
    expect(lazy.loads).toHaveLength(1); // one load at a time
    lazy.loads[0]!.resolve(lazy.engine);
    await controller.ready;
    expect(lazy.applied).toEqual([true]);
    controller.preferences.set({ textSpacing: false });
    expect(lazy.applied).toEqual([true, false]);
  });

  it('applies a returning visitor’s stored choice once loaded', async () => {
    const lazy = lazyAid();
    const storage = memoryStorage();
    storage.setItem('reachable', JSON.stringify({ version: 1, preferences: { textSpacing: true } }));
    controller = createReachable({ storage, registry: [lazy.aid] });
    expect(lazy.loads).toHaveLength(1);
    lazy.loads[0]!.resolve(lazy.engine);
    await controller.ready;
    expect(lazy.applied).toEqual([true]);
  });

  it('when it cannot load: keeps the choice, says so with reach-aid-error, and tries again at the next change', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lazy = lazyAid();
    controller = createReachable({ storage: memoryStorage(), registry: [lazy.aid] });
    const errors: ReachAidErrorEvent[] = [];
    controller.preferences.addEventListener('reach-aid-error', (event) => errors.push(event as ReachAidErrorEvent));
    controller.preferences.set({ textSpacing: true });
    lazy.loads[0]!.reject(new Error('offline'));
    await controller.ready;
    expect(errors.map((e) => e.aid)).toEqual(['textSpacing']);
    expect(controller.preferences.get().textSpacing).toBe(true);
    controller.preferences.set({ textSpacing: false });
    controller.preferences.set({ textSpacing: true });
    expect(lazy.loads).toHaveLength(2);
    lazy.loads[1]!.resolve(lazy.engine);
    await controller.ready;
    expect(lazy.applied).toEqual([true]);
  });

  it('makes no engine when destroyed before its load completes', async () => {
    const lazy = lazyAid();
    const create = vi.fn(lazy.engine);
    controller = createReachable({ storage: memoryStorage(), registry: [lazy.aid] });
    controller.preferences.set({ textSpacing: true });
    controller.destroy();
    lazy.loads[0]!.resolve(create);
    await new Promise((resolve) => setTimeout(resolve));
    expect(create).not.toHaveBeenCalled();
    controller = undefined;
  });
});

it('gives each engine, shipped or loaded on demand, its preferences: an engine can end its own aid when the visitor does so from the page', async () => {
  const contexts: (EngineContext | undefined)[] = [];
  const engine = (_: Document, context?: EngineContext) => (contexts.push(context), { apply() {}, destroy() {} });
  const shipped = defineAid({ id: 'textSpacing', keys: ['textSpacing'], group: 'text', controls: [{ key: 'textSpacing', icon: 'type' }], engine });
  const lazy = defineAid({ id: 'readingMode', keys: ['readingMode'], group: 'text', controls: [{ key: 'readingMode', icon: 'type' }], load: async () => engine });
  controller = createReachable({ storage: memoryStorage(), registry: [shipped, lazy] as unknown as AidDefinition[] });
  controller.preferences.set({ readingMode: true });
  await controller.ready;
  expect(contexts).toHaveLength(2);
  for (const context of contexts) expect(context!.preferences.get()).toBe(controller.preferences.get());
  // As reading mode does when its view is closed: the toolbar and the stored choice follow.
  contexts[1]!.preferences.set({ readingMode: false });
  expect(controller.preferences.get().readingMode).toBe(false);
});
