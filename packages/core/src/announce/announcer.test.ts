import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer, type Announcer } from './announcer.js';

const REGION_DELAY = 100;
const SPACING = 50;

let announcer: Announcer;
const regionsIn = (root: ParentNode = document.body) => ({
  host: root.querySelector(':scope > reach-live-region'),
  polite: root.querySelector<HTMLElement>(':scope > reach-live-region > [aria-live="polite"]'),
  assertive: root.querySelector<HTMLElement>(':scope > reach-live-region > [aria-live="assertive"]'),
});

beforeEach(() => {
  vi.useFakeTimers();
  announcer = createAnnouncer({ regionDelay: REGION_DELAY, spacing: SPACING, clearAfter: 0 });
});

afterEach(() => {
  announcer.destroy();
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('live regions', () => {
  it('are created on first use, not before', async () => {
    expect(document.querySelector('reach-live-region')).toBeNull();
    void announcer.announce('hello');
    const { host, polite, assertive } = regionsIn();
    expect(host).not.toBeNull();
    expect(polite?.getAttribute('aria-atomic')).toBe('true');
    expect(assertive?.getAttribute('aria-atomic')).toBe('true');
  });

  it('wait regionDelay after creation before the first write, then resolve true', async () => {
    const written = announcer.announce('hello');
    const { polite } = regionsIn();
    await vi.advanceTimersByTimeAsync(REGION_DELAY - 1);
    expect(polite?.textContent).toBe('');
    await vi.advanceTimersByTimeAsync(1);
    expect(polite?.textContent).toBe('hello');
    await expect(written).resolves.toBe(true);
  });

  it('are visually hidden with inline important styles but not hidden from assistive technology', () => {
    void announcer.announce('hello');
    const host = regionsIn().host as HTMLElement;
    expect(host.style.getPropertyValue('position')).toBe('absolute');
    expect(host.style.getPropertyPriority('clip-path')).toBe('important');
    expect(host.hasAttribute('aria-hidden')).toBe(false);
    expect(host.hidden).toBe(false);
  });

  it('are recreated when a single-page app replaced the body content', async () => {
    await flush(announcer.announce('first'));
    document.body.replaceChildren();
    const written = announcer.announce('second');
    await vi.advanceTimersByTimeAsync(SPACING + REGION_DELAY);
    expect(regionsIn().polite?.textContent).toBe('second');
    await expect(written).resolves.toBe(true);
  });

  it('are removed by destroy()', async () => {
    await flush(announcer.announce('hello'));
    announcer.destroy();
    expect(document.querySelector('reach-live-region')).toBeNull();
  });

  it('are emptied clearAfter ms after the last message', async () => {
    announcer.destroy();
    announcer = createAnnouncer({ regionDelay: 0, spacing: 0, clearAfter: 1000 });
    await flush(announcer.announce('short-lived'));
    expect(regionsIn().polite?.textContent).toBe('short-lived');
    await vi.advanceTimersByTimeAsync(1000);
    expect(regionsIn().polite?.textContent).toBe('');
  });
});

describe('queue', () => {
  it('writes messages one at a time, spacing ms apart', async () => {
    void announcer.announce('one');
    void announcer.announce('two');
    void announcer.announce('three');
    const { polite } = regionsIn();
    await vi.advanceTimersByTimeAsync(REGION_DELAY);
    expect(polite?.textContent).toBe('one');
    await vi.advanceTimersByTimeAsync(SPACING);
    expect(polite?.textContent).toBe('two');
    await vi.advanceTimersByTimeAsync(SPACING);
    expect(polite?.textContent).toBe('three');
  });

  it('speaks assertive messages before waiting polite ones', async () => {
    const order: string[] = [];
    const track = (text: string, politeness: 'polite' | 'assertive') =>
      announcer.announce(text, { politeness }).then(() => order.push(text));
    const all = [track('p1', 'polite'), track('p2', 'polite'), track('a1', 'assertive')];
    await vi.advanceTimersByTimeAsync(REGION_DELAY + 3 * SPACING);
    await Promise.all(all);
    expect(order).toEqual(['a1', 'p1', 'p2']);
    expect(regionsIn().assertive?.textContent).toBe('a1');
  });

  it('re-announces an identical message by changing its text', async () => {
    await flush(announcer.announce('Saved'));
    const { polite } = regionsIn();
    const first = polite?.textContent;
    await flush(announcer.announce('Saved'));
    const second = polite?.textContent;
    await flush(announcer.announce('Saved'));
    expect(first).toBe('Saved');
    expect(second).not.toBe(first);
    expect(second?.trim()).toBe('Saved');
    expect(polite?.textContent).toBe('Saved');
  });

  it('waits `delay` ms before a message joins the queue', async () => {
    await flush(announcer.announce('warm-up'));
    await vi.advanceTimersByTimeAsync(SPACING);
    const written = announcer.announce('later', { delay: 500 });
    await vi.advanceTimersByTimeAsync(499);
    expect(regionsIn().polite?.textContent).toBe('warm-up');
    await vi.advanceTimersByTimeAsync(1);
    expect(regionsIn().polite?.textContent).toBe('later');
    await expect(written).resolves.toBe(true);
  });

  it('`clear: true` drops waiting messages and empties the regions first', async () => {
    const old = announcer.announce('old', { politeness: 'assertive' });
    await vi.advanceTimersByTimeAsync(REGION_DELAY);
    await expect(old).resolves.toBe(true);
    const dropped = announcer.announce('dropped');
    const delayed = announcer.announce('delayed', { delay: 10 });
    const fresh = announcer.announce('fresh', { clear: true });
    expect(regionsIn().assertive?.textContent).toBe('');
    await vi.advanceTimersByTimeAsync(SPACING + 10);
    await expect(dropped).resolves.toBe(false);
    await expect(delayed).resolves.toBe(false);
    await expect(fresh).resolves.toBe(true);
    expect(regionsIn().polite?.textContent).toBe('fresh');
  });

  it('clear() drops everything waiting and empties the regions', async () => {
    const shown = announcer.announce('shown');
    const waiting = announcer.announce('waiting');
    await vi.advanceTimersByTimeAsync(REGION_DELAY);
    await expect(shown).resolves.toBe(true);
    announcer.clear();
    await expect(waiting).resolves.toBe(false);
    expect(regionsIn().polite?.textContent).toBe('');
    await vi.advanceTimersByTimeAsync(SPACING * 4);
    expect(regionsIn().polite?.textContent).toBe('');
  });

  it('an aborted signal drops the message before it is written', async () => {
    const controller = new AbortController();
    const written = announcer.announce('cancel me', { signal: controller.signal });
    controller.abort();
    await expect(written).resolves.toBe(false);
    await vi.advanceTimersByTimeAsync(REGION_DELAY + SPACING);
    expect(regionsIn().polite?.textContent).toBe('');
    await expect(announcer.announce('x', { signal: AbortSignal.abort() })).resolves.toBe(false);
  });
});

describe('modal dialogs', () => {
  it('writes into a region inside a visible aria-modal dialog', async () => {
    const modal = document.createElement('div');
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('aria-modal', 'true');
    const button = document.createElement('button');
    modal.append(button);
    document.body.append(modal);
    button.focus();
    await flush(announcer.announce('inside'));
    expect(regionsIn(modal).polite?.textContent).toBe('inside');
    expect(regionsIn().host).toBeNull();
  });

  it('ignores a hidden aria-modal element', async () => {
    const modal = document.createElement('div');
    modal.setAttribute('aria-modal', 'true');
    modal.hidden = true;
    document.body.append(modal);
    await flush(announcer.announce('outside'));
    expect(regionsIn().polite?.textContent).toBe('outside');
    expect(regionsIn(modal).host).toBeNull();
  });

  it('goes back to the body once the dialog is closed', async () => {
    const modal = document.createElement('div');
    modal.setAttribute('aria-modal', 'true');
    document.body.append(modal);
    await flush(announcer.announce('in'));
    modal.remove();
    await vi.advanceTimersByTimeAsync(SPACING);
    await flush(announcer.announce('out'));
    expect(regionsIn().polite?.textContent).toBe('out');
  });
});

describe('bad input', () => {
  it.each([[42], [''], ['   '], [null], [undefined], [{}]])('warns (R001) and resolves false for %j', async (bad) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(announcer.announce(bad as never)).resolves.toBe(false);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Reachable R001\]/);
    expect(document.querySelector('reach-live-region')).toBeNull();
  });

  it('warns (R002) about an unknown politeness and speaks politely', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await flush(announcer.announce('hi', { politeness: 'loud' as never }));
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Reachable R002\]/);
    expect(regionsIn().polite?.textContent).toBe('hi');
  });

  it('warns (R003) about an invalid delay and does not wait', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await flush(announcer.announce('now', { delay: -5 }));
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Reachable R003\]/);
    expect(regionsIn().polite?.textContent).toBe('now');
  });
});

/** Runs timers until `written` settles, and checks the message was written. */
async function flush(written: Promise<boolean>): Promise<void> {
  await vi.advanceTimersByTimeAsync(REGION_DELAY + SPACING);
  await expect(written).resolves.toBe(true);
}

it('keeps the region delay even when cleared while waiting for a new region', async () => {
  void announcer.announce('dropped');
  announcer.clear();
  const written = announcer.announce('kept');
  await vi.advanceTimersByTimeAsync(REGION_DELAY - 1);
  expect(regionsIn().polite?.textContent).toBe('');
  await vi.advanceTimersByTimeAsync(1);
  await expect(written).resolves.toBe(true);
});
