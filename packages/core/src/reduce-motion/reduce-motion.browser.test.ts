import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { useFixturePages } from '../../../../test/fixture.js';
import { createReduceMotion } from './reduce-motion.js';

const page = useFixturePages();
const engine = createReduceMotion();
afterEach(() => engine.apply(false));

const CLIP = new URL('../../../elements/src/captions/fixtures/clip.webm', import.meta.url).href;
const SITE = `@keyframes spin { to { transform: rotate(360deg); } } @keyframes appear { from { opacity: 0; } to { opacity: 1; } }
  .spinner { width: 20px; height: 20px; animation: spin 1s linear infinite; } .fade { animation: appear 2s both; } .slow { transition: color 5s; }`;

const running = () => document.getAnimations().filter((a) => a.playState === 'running');
const playing = (video: HTMLVideoElement) => new Promise<void>((resolve) => (video.paused ? video.addEventListener('playing', () => resolve(), { once: true }) : resolve()));

it('ends CSS animations and transitions at once, in their final state', async () => {
  const root = page(SITE, '<div class="spinner"></div><p class="fade">渐显的文字 Fading in</p><p class="slow">慢 Slow</p>');
  expect(running().length).toBeGreaterThan(0);
  engine.apply(true);
  // At once: within a few frames (the page's own would run for ever).
  await expect.poll(running).toEqual([]);
  // Content that fades in is shown, not left invisible.
  expect(getComputedStyle(root.querySelector('.fade')!).opacity).toBe('1');
  root.querySelector<HTMLElement>('.slow')!.style.color = 'red';
  expect(getComputedStyle(root.querySelector('.slow')!).color).toBe('rgb(255, 0, 0)');
});

it('pauses media that plays by itself, and the visitor can still play it; turned off, it plays on', async () => {
  const root = page('', `<video autoplay muted loop src="${CLIP}" width="80"></video><button>播放 Play</button>`);
  const video = root.querySelector('video')!;
  await playing(video);
  engine.apply(true);
  expect(video.paused).toBe(true);
  expect(video.isConnected).toBe(true);
  // The visitor's own play (a click) is not undone.
  root.querySelector('button')!.addEventListener('click', () => void video.play());
  await userEvent.click(root.querySelector('button')!);
  await playing(video);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(video.paused).toBe(false);
  video.pause();
  engine.apply(false);
  engine.apply(true);
  expect(video.paused).toBe(true);
});

it('the visitor’s first play of media whose autoplay never began (blocked, or still loading) goes ahead', async () => {
  const root = page('', `<video autoplay muted loop src="${CLIP}" width="80"></video><button>播放 Play</button>`);
  const video = root.querySelector('video')!;
  await playing(video);
  // As a browser that blocked autoplay leaves it: paused, with its autoplay attribute.
  video.pause();
  engine.apply(true);
  root.querySelector('button')!.addEventListener('click', () => void video.play());
  await userEvent.click(root.querySelector('button')!);
  await playing(video);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(video.paused).toBe(false);
});

it('pauses autoplaying media that arrives later, as a single-page app renders it', async () => {
  const root = page('', '<div id="view"></div>');
  engine.apply(true);
  root.querySelector('#view')!.innerHTML = `<video autoplay muted loop src="${CLIP}" width="80"></video>`;
  const video = root.querySelector('video')!;
  await new Promise((resolve) => video.addEventListener('play', resolve, { once: true }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(video.paused).toBe(true);
  engine.apply(false);
  await playing(video);
  expect(video.paused).toBe(false);
});

it('stops <marquee>, and starts it again when off', () => {
  const root = page('', '<marquee scrollamount="20">最新消息 Latest news</marquee>');
  const marquee = root.querySelector('marquee')!;
  const stop = marquee.stop.bind(marquee);
  const start = marquee.start.bind(marquee);
  const calls: string[] = [];
  marquee.stop = () => (calls.push('stop'), stop());
  marquee.start = () => (calls.push('start'), start());
  engine.apply(true);
  engine.apply(false);
  expect(calls).toEqual(['stop', 'start']);
});

it('off leaves the page as it was, with no listener or sheet left', () => {
  page(SITE, '<div class="spinner"></div>');
  const html = document.documentElement.outerHTML;
  const sheets = document.adoptedStyleSheets.length;
  engine.apply(true);
  engine.apply(false);
  expect(document.documentElement.outerHTML).toBe(html);
  expect(document.adoptedStyleSheets.length).toBe(sheets);
  expect(running().length).toBeGreaterThan(0);
});
