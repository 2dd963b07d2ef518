import '../../../test/jsdom-sheets.js';
import { createReachable, DEFAULT_PREFERENCES, memoryStorage, reachableFor, type Reachable } from '@reachable/core';
import { act, cleanup, render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { ReachableProvider, usePreference, useReachable } from './index.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  // Whatever a test made or found for the page is let go of: the next starts with none running.
  while (reachableFor(document)) reachableFor(document)!.destroy();
  localStorage.clear();
});

const own = () => createReachable({ storage: memoryStorage(), features: ['fontScale', 'captionStyle'] });
const providing = (reachable: Reachable) =>
  function Wrapper({ children }: { children: ReactNode }) {
    return <ReachableProvider controller={reachable}>{children}</ReachableProvider>;
  };

it("reads a preference and follows it when it changes elsewhere (the toolbar, another tab)", () => {
  const reachable = own();
  function TextSize() {
    const [fontScale] = usePreference('fontScale');
    return <output>{Math.round(fontScale * 100)}%</output>;
  }
  const { container } = render(<TextSize />, { wrapper: providing(reachable) });
  expect(container.textContent).toBe('100%');
  act(() => reachable.preferences.set({ fontScale: 1.5 }));
  expect(container.textContent).toBe('150%');
  act(() => reachable.preferences.reset());
  expect(container.textContent).toBe('100%');
});

it('changes the preference with its setter; an object preference may be given in part', () => {
  const reachable = own();
  const { result } = renderHook(() => ({ fontScale: usePreference('fontScale'), captionStyle: usePreference('captionStyle') }), { wrapper: providing(reachable) });
  act(() => result.current.fontScale[1](1.25));
  expect(reachable.preferences.get().fontScale).toBe(1.25);
  expect(result.current.fontScale[0]).toBe(1.25);
  act(() => result.current.captionStyle[1]({ size: 150 }));
  expect(reachable.preferences.get().captionStyle).toEqual({ ...DEFAULT_PREFERENCES.captionStyle, size: 150 });
  expect(result.current.captionStyle[0].size).toBe(150);
});

it('stops following the preferences when the component unmounts', () => {
  const reachable = own();
  const unsubscribed = vi.fn();
  const subscribe = reachable.preferences.subscribe;
  vi.spyOn(reachable.preferences, 'subscribe').mockImplementation((listener) => {
    const stop = subscribe(listener);
    return () => (unsubscribed(), stop());
  });
  const { unmount } = renderHook(() => usePreference('fontScale'), { wrapper: providing(reachable) });
  expect(reachable.preferences.subscribe).toHaveBeenCalled();
  unmount();
  expect(unsubscribed).toHaveBeenCalledTimes(vi.mocked(reachable.preferences.subscribe).mock.calls.length);
});

it("uses the provider's controller, else the page's running one, else makes one for the page", () => {
  const running = own();
  vi.spyOn(console, 'warn').mockImplementation(() => {}); // a second controller for the page warns (R021)
  const given = own();
  expect(renderHook(() => useReachable(), { wrapper: providing(given) }).result.current).toBe(given);
  // Without a provider: the one already running for the document.
  expect(renderHook(() => useReachable()).result.current).toBe(running);
  given.destroy();
  running.destroy();
  // None running: one is made, once, and every component shares it.
  const made = renderHook(() => useReachable()).result.current;
  expect(made).toBeDefined();
  expect(reachableFor(document)).toBe(made);
  expect(renderHook(() => useReachable()).result.current).toBe(made);
});
