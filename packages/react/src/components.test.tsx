import '../../../test/jsdom-sheets.js';
import { createReachable, memoryStorage, type Reachable } from '@reachable/core';
import { ReachAnnounceEvent, ReachCaptions as ReachCaptionsElement, ReachCloseEvent, ReachOpenEvent, ReachToolbar as ReachToolbarElement } from '@reachable/elements';
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { ReachAnnouncer, ReachCaptions, ReachToolbar } from './index.js';

let reachable: Reachable | undefined;
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  reachable?.destroy();
  reachable = undefined;
});

// First: no element has been created yet.
it('sets what cannot be an attribute itself, in React 18 too (which would write an object as an attribute)', () => {
  // @lit/react sets a property itself when the element's prototype has it, before any element exists.
  for (const name of ['controller', 'messages', 'shortcuts', 'position']) expect(name in ReachToolbarElement.prototype, name).toBe(true);
  expect('messages' in ReachCaptionsElement.prototype).toBe(true);
});

it('gives <reach-toolbar> its controller and options as properties, not attributes', () => {
  reachable = createReachable({ storage: memoryStorage(), features: ['fontScale'] });
  const messages = { launcher: 'Aids' };
  const { container } = render(<ReachToolbar controller={reachable} messages={messages} position="bottom-left" lang="zh-CN" />);
  const toolbar = container.querySelector('reach-toolbar')!;
  expect(toolbar.controller).toBe(reachable);
  expect(toolbar.messages).toBe(messages);
  expect(toolbar.position).toBe('bottom-left');
  expect(toolbar.hasAttribute('controller')).toBe(false);
  expect(toolbar.hasAttribute('messages')).toBe(false);
  // What is not one of its properties stays an attribute.
  expect(toolbar.getAttribute('lang')).toBe('zh-CN');
});

it("calls onReachOpen and onReachClose with the toolbar's events", () => {
  const onReachOpen = vi.fn();
  const onReachClose = vi.fn();
  const { container } = render(<ReachToolbar onReachOpen={onReachOpen} onReachClose={onReachClose} />);
  const toolbar = container.querySelector('reach-toolbar')!;
  const open = new ReachOpenEvent();
  toolbar.dispatchEvent(open);
  expect(onReachOpen).toHaveBeenCalledExactlyOnceWith(open);
  expect(onReachClose).not.toHaveBeenCalled();
  toolbar.dispatchEvent(new ReachCloseEvent());
  expect(onReachClose).toHaveBeenCalledOnce();
});

it('gives <reach-announcer> its message and calls onReachAnnounce', () => {
  const onReachAnnounce = vi.fn();
  const { container, rerender } = render(<ReachAnnouncer message="" politeness="assertive" delay={100} onReachAnnounce={onReachAnnounce} />);
  const announcer = container.querySelector('reach-announcer')!;
  expect(announcer).toMatchObject({ message: '', politeness: 'assertive', delay: 100 });
  rerender(<ReachAnnouncer message="3 results" politeness="assertive" delay={100} onReachAnnounce={onReachAnnounce} />);
  expect(announcer.message).toBe('3 results');
  announcer.dispatchEvent(new ReachAnnounceEvent('3 results'));
  expect(onReachAnnounce).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ message: '3 results' }));
});

it('gives <reach-captions> its storage key and texts as properties', async () => {
  // jsdom plays no video (it has no text tracks): the element is given none, and says so.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const messages = { captions: '字幕' };
  const { container } = render(<ReachCaptions storageKey="site-a" messages={messages} />);
  const captions = container.querySelector('reach-captions')!;
  expect(captions.storageKey).toBe('site-a');
  expect(captions.messages).toBe(messages);
  expect(captions.hasAttribute('messages')).toBe(false);
  await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('R101')));
});
