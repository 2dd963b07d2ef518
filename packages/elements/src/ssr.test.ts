// @vitest-environment node
import { expect, it, vi } from 'vitest';

it('importing every package entry without a DOM does not throw (server-side rendering)', async () => {
  expect(typeof document).toBe('undefined');
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const core = await import('@reachable/core');
  await import('@reachable/core/announce');
  await import('@reachable/elements');
  await import('@reachable/elements/announcer/element');
  await expect(core.announce('no DOM here')).resolves.toBe(false);
  expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[Reachable R004\]/));
  warn.mockRestore();
});
