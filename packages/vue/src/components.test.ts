import '../../../test/jsdom-sheets.js';
import { createReachable, memoryStorage, type Reachable } from '@reachable/core';
import { ReachAnnounceEvent, ReachCloseEvent, ReachOpenEvent } from '@reachable/elements';
import { mount } from '@vue/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { ReachAnnouncer, ReachCaptions, ReachToolbar } from './index.js';

let reachable: Reachable | undefined;
afterEach(() => {
  reachable?.destroy();
  reachable = undefined;
  vi.restoreAllMocks();
});

it('gives <reach-toolbar> its controller and options as properties, not attributes', () => {
  reachable = createReachable({ storage: memoryStorage(), features: ['fontScale'] });
  const messages = { launcher: 'Aids' };
  const wrapper = mount(ReachToolbar, { props: { controller: reachable, messages, position: 'bottom-left' }, attrs: { lang: 'zh-CN' } });
  const toolbar = wrapper.element as HTMLElementTagNameMap['reach-toolbar'];
  expect(toolbar.localName).toBe('reach-toolbar');
  expect(toolbar.controller).toBe(reachable);
  expect(toolbar.messages).toEqual(messages);
  expect(toolbar.position).toBe('bottom-left');
  expect(toolbar.hasAttribute('controller')).toBe(false);
  expect(toolbar.hasAttribute('messages')).toBe(false);
  // What the component does not declare falls through to the element.
  expect(toolbar.getAttribute('lang')).toBe('zh-CN');
  wrapper.unmount();
});

it("leaves the element's own defaults alone for the props not given", () => {
  const wrapper = mount(ReachToolbar);
  const toolbar = wrapper.element as HTMLElementTagNameMap['reach-toolbar'];
  expect(toolbar).toMatchObject({ layout: 'launcher', position: 'bottom-right', open: false, shortcuts: true });
  wrapper.unmount();
});

it("emits the toolbar's reach-open and reach-close, which reach the parent's handlers", () => {
  const onReachOpen = vi.fn();
  const wrapper = mount(() => h(ReachToolbar, { onReachOpen }));
  const toolbar = wrapper.findComponent(ReachToolbar);
  const open = new ReachOpenEvent();
  toolbar.element.dispatchEvent(open);
  expect(onReachOpen).toHaveBeenCalledExactlyOnceWith(open);
  toolbar.element.dispatchEvent(new ReachCloseEvent());
  expect(toolbar.emitted('reach-close')).toHaveLength(1);
  wrapper.unmount();
});

it('gives <reach-announcer> its message and emits reach-announce', async () => {
  const wrapper = mount(ReachAnnouncer, { props: { message: '', politeness: 'assertive', delay: 100 } });
  const announcer = wrapper.element as HTMLElementTagNameMap['reach-announcer'];
  expect(announcer).toMatchObject({ message: '', politeness: 'assertive', delay: 100 });
  await wrapper.setProps({ message: '3 results' });
  expect(announcer.message).toBe('3 results');
  announcer.dispatchEvent(new ReachAnnounceEvent('3 results'));
  expect(wrapper.emitted('reach-announce')?.[0]?.[0]).toMatchObject({ message: '3 results' });
  wrapper.unmount();
});

it('gives <reach-captions> its storage key and texts as properties, and its slot as content', () => {
  const messages = { captions: '字幕' };
  const wrapper = mount(ReachCaptions, { props: { storageKey: 'site-a', messages }, slots: { default: () => h('p', 'No video here') } });
  const captions = wrapper.element as HTMLElementTagNameMap['reach-captions'];
  expect(captions.storageKey).toBe('site-a');
  expect(captions.messages).toEqual(messages);
  expect(captions.hasAttribute('messages')).toBe(false);
  expect(captions.querySelector('p')?.textContent).toBe('No video here');
  wrapper.unmount();
});
