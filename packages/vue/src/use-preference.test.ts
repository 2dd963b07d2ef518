import '../../../test/jsdom-sheets.js';
import { createReachable, DEFAULT_PREFERENCES, memoryStorage, reachableFor, type Reachable as Controller } from '@reachable/core';
import { mount } from '@vue/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import { defineComponent, effectScope, h, nextTick } from 'vue';
import { Reachable, usePreference, useReachable } from './index.js';

afterEach(() => {
  vi.restoreAllMocks();
  // Whatever a test made or found for the page is let go of: the next starts with none running.
  while (reachableFor(document)) reachableFor(document)!.destroy();
  localStorage.clear();
});

const own = () => createReachable({ storage: memoryStorage(), features: ['fontScale', 'captionStyle'] });
const TextSize = defineComponent({
  setup() {
    const fontScale = usePreference('fontScale');
    return () => h('output', `${Math.round(fontScale.value * 100)}%`);
  },
});

it('follows a preference from mount, whoever changes it (the toolbar, another tab)', async () => {
  const reachable = own();
  reachable.preferences.set({ fontScale: 1.25 });
  const wrapper = mount(TextSize, { global: { plugins: [[Reachable, { controller: reachable }]] } });
  // The first render is the server's (the default), so hydration finds what it rendered.
  expect(wrapper.text()).toBe('100%');
  await nextTick();
  expect(wrapper.text()).toBe('125%');
  reachable.preferences.set({ fontScale: 1.5 });
  await nextTick();
  expect(wrapper.text()).toBe('150%');
  wrapper.unmount();
});

it('changes the preference when assigned', () => {
  const reachable = own();
  const scope = effectScope();
  const [fontScale, captionStyle] = scope.run(() => [usePreference('fontScale'), usePreference('captionStyle')] as const)!;
  fontScale.value = 1.75;
  expect(reachable.preferences.get().fontScale).toBe(1.75);
  expect(fontScale.value).toBe(1.75);
  captionStyle.value = { ...captionStyle.value, size: 150 };
  expect(reachable.preferences.get().captionStyle).toEqual({ ...DEFAULT_PREFERENCES.captionStyle, size: 150 });
  scope.stop();
});

it('stops following when the component unmounts (or its scope stops)', async () => {
  const reachable = own();
  const unsubscribed = vi.fn();
  const subscribe = reachable.preferences.subscribe;
  vi.spyOn(reachable.preferences, 'subscribe').mockImplementation((listener) => {
    const stop = subscribe(listener);
    return () => (unsubscribed(), stop());
  });
  const wrapper = mount(TextSize, { global: { plugins: [[Reachable, { controller: reachable }]] } });
  expect(reachable.preferences.subscribe).toHaveBeenCalledOnce();
  wrapper.unmount();
  expect(unsubscribed).toHaveBeenCalledOnce();

  const scope = effectScope();
  const fontScale = scope.run(() => usePreference('fontScale'))!;
  scope.stop();
  expect(unsubscribed).toHaveBeenCalledTimes(2);
  reachable.preferences.set({ fontScale: 2 });
  expect(fontScale.value).toBe(1);
});

it('warns in development when nothing can end its subscription', () => {
  own();
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  usePreference('fontScale');
  expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/^\[Reachable R050\] usePreference\('fontScale'\)/));
});

it("uses the app's controller, else the page's running one, else makes one for the page", () => {
  const running = own();
  vi.spyOn(console, 'warn').mockImplementation(() => {}); // a second controller for the page warns (R021)
  const given = own();
  const Show = defineComponent({ setup: () => ({ reachable: useReachable() }), render: () => null });
  expect(mount(Show, { global: { plugins: [[Reachable, { controller: given }]] } }).vm.reachable).toBe(given);
  // Without one given: the one already running for the document.
  expect(mount(Show).vm.reachable).toBe(running);
  given.destroy();
  running.destroy();
  // None running: one is made, once, and every component shares it (outside components too).
  const made: Controller | undefined = mount(Show).vm.reachable;
  expect(made).toBeDefined();
  expect(reachableFor(document)).toBe(made);
  expect(mount(Show).vm.reachable).toBe(made);
  expect(useReachable()).toBe(made);
});

it('registers the components for the whole app', () => {
  const App = defineComponent({ render: () => null });
  const wrapper = mount(App, { global: { plugins: [Reachable] } });
  expect(Object.keys(wrapper.vm.$.appContext.components)).toEqual(expect.arrayContaining(['ReachToolbar', 'ReachAnnouncer', 'ReachCaptions']));
});
