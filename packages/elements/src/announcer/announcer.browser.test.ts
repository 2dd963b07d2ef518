import { announce } from '@reachable/core/announce';
import { afterEach, expect, it } from 'vitest';
import { accessibilityTree, liveRegions } from '../../../../test/ax.js';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import './index.js';
import { ReachAnnounceEvent } from './announce-event.js';

afterEach(() => document.body.replaceChildren());

const announced = (el: HTMLElement) =>
  new Promise<ReachAnnounceEvent>((resolve) => el.addEventListener('reach-announce', resolve, { once: true }));

it('announces its message, and again whenever it changes', async () => {
  document.body.innerHTML = '<main><h1>Search</h1><reach-announcer message="3 results"></reach-announcer></main>';
  const el = document.querySelector('reach-announcer')!;
  expect((await announced(el)).message).toBe('3 results');
  expect(liveRegions(await accessibilityTree()).map((r) => r.text)).toContain('3 results');

  el.message = '5 results';
  expect((await announced(el)).message).toBe('5 results');
  expect(liveRegions(await accessibilityTree()).map((r) => r.text)).toContain('5 results');
  await expectNoAxeViolations();
});

it('uses its politeness for assertive messages', async () => {
  document.body.innerHTML = '<reach-announcer politeness="assertive"></reach-announcer>';
  const el = document.querySelector('reach-announcer')!;
  await el.updateComplete;
  await el.announce('Form has 2 errors');
  const regions = liveRegions(await accessibilityTree());
  expect(regions).toContainEqual(expect.objectContaining({ live: 'assertive', text: 'Form has 2 errors' }));
});

it('renders nothing on screen and is not in the accessibility tree itself', async () => {
  document.body.innerHTML = '<reach-announcer message="x"></reach-announcer>';
  const el = document.querySelector('reach-announcer')!;
  await el.updateComplete;
  expect(el.getBoundingClientRect().height).toBe(0);
  expect(getComputedStyle(el).display).toBe('none');
  await announce('flush');
});
