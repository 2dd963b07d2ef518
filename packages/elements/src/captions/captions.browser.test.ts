import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import { createReachable } from '@reachable/core/controller';
import { createPreferenceStore, memoryStorage } from '@reachable/core/preferences';
import './index.js';
import type { ReachCaptions } from './element.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;
let el: ReachCaptions;
let video: HTMLVideoElement;

async function mount(tracks: string, attributes = ''): Promise<void> {
  document.body.insertAdjacentHTML(
    'beforeend',
    `<main><h1>Talk</h1><reach-captions ${attributes}><video width="480" height="270" src="${fixture('clip.webm')}" controls>${tracks}</video></reach-captions></main>`,
  );
  el = document.querySelector('reach-captions')!;
  video = el.querySelector('video')!;
  await new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }));
  // Until its file has loaded, a track has no cues to be active.
  await expect.poll(() => [...video.querySelectorAll('track')].every((t) => t.readyState === HTMLTrackElement.LOADED || t.track.mode === 'disabled')).toBe(true);
  await el.updateComplete;
}

/** Seeks and waits until the element has drawn the cues active then (its cuechange comes a task later, or more on a busy machine). */
async function seek(time: number): Promise<string> {
  video.currentTime = time;
  await new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
  const showing = () => el.shadowRoot!.querySelector('.cc')?.getAttribute('aria-pressed') !== 'false';
  const active = () => (showing() ? ([...video.textTracks].find((track) => track.mode === 'hidden')?.activeCues?.length ?? 0) : 0);
  const drawn = () => el.shadowRoot!.querySelectorAll('.overlay .cue');
  await expect.poll(async () => (await el.updateComplete, drawn().length)).toBe(active());
  return [...drawn()].map((c) => c.textContent!.trim()).join(' | ');
}

const VTT = `<track kind="captions" src="${fixture('talk.vtt')}" srclang="zh" label="中文" default>`;

beforeEach(() => localStorage.clear());
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('<reach-captions>', () => {
  it('draws the active cue at the right time, keeping the native track hidden (not disabled)', async () => {
    await mount(VTT);
    expect(await seek(1.5)).toBe('第一句 First cue');
    expect(video.textTracks[0]!.mode).toBe('hidden');
    expect(await seek(2.8)).toBe('');
    expect(await seek(3.5)).toBe('Second cue');
  });

  it('renders allowed markup as elements and hostile markup as nothing', async () => {
    await mount(VTT);
    await seek(3.5);
    const cue = el.shadowRoot!.querySelector('.cue')!;
    expect(cue.querySelector('b')?.textContent).toBe('Second');
    expect(cue.querySelector('[data-color="yellow"]')?.textContent).toBe('cue');
    expect(cue.querySelector('img')).toBeNull();
  });

  it('follows a cue’s line setting', async () => {
    await mount(VTT);
    await seek(5.5);
    const cue = el.shadowRoot!.querySelector<HTMLElement>('.cue')!;
    const overlay = el.shadowRoot!.querySelector('.overlay')!.getBoundingClientRect();
    expect(cue.getBoundingClientRect().top - overlay.top).toBeLessThan(overlay.height / 3);
  });

  it('reads SRT files', async () => {
    await mount(`<track kind="captions" src="${fixture('talk.srt')}" srclang="zh" label="SRT" default>`);
    await expect.poll(() => el.tracks.length).toBe(1);
    expect(await seek(1.5)).toBe('SRT 第一句');
    expect(await seek(3.5)).toBe('SRT second');
  });

  it('moved in the page, keeps its SRT tracks rather than adding them again', async () => {
    await mount(`<track kind="captions" src="${fixture('talk.srt')}" srclang="zh" label="SRT" default><script type="text/srt" data-label="内联">1
00:00:01,000 --> 00:00:02,000
内联
</script>`);
    await expect.poll(() => el.tracks.length).toBe(2);
    const main = el.parentElement!;
    el.remove();
    main.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(video.textTracks.length).toBe(3); // the .srt <track>'s own (unreadable) one, and the two made from SRT
    expect(el.tracks.length).toBe(2);
    // The track chosen before the move (the file's, marked default) is still the one shown.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.settings-button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('#field-track')!.selectedOptions[0]!.textContent).toBe('SRT');
  });

  it("draws captions in the visitor's style, from the shared preference", async () => {
    localStorage.setItem(
      'reachable',
      JSON.stringify({ version: 1, preferences: { captionStyle: { size: 200, color: '#ffff00', background: '#000000', backgroundOpacity: 1, window: '#0000ff', windowOpacity: 0.5, font: 'monospace', edge: 'drop-shadow' } } }),
    );
    await mount(VTT);
    await seek(1.5);
    const text = el.shadowRoot!.querySelector('.cue .text')!;
    const style = getComputedStyle(text);
    expect(style.color).toBe('rgb(255, 255, 0)');
    expect(style.backgroundColor).toBe('rgb(0, 0, 0)');
    expect(style.fontFamily).toBe('monospace');
    expect(style.textShadow).toContain('4px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.cue')!).backgroundColor).toBe('rgba(0, 0, 255, 0.5)');
    // 200 % of the base size: 3.4 % of the player's width, at least 16 px.
    const width = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect().width;
    expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.cue')!).fontSize)).toBeCloseTo(2 * Math.max(16, 0.034 * width), 0);
  });

  it('can put the captions below the picture', async () => {
    await mount(VTT);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.settings-button')!.click();
    await el.updateComplete;
    const position = el.shadowRoot!.querySelector<HTMLSelectElement>('#field-position')!;
    position.value = 'below';
    position.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await seek(1.5);
    expect(el.shadowRoot!.querySelector('.cue')!.getBoundingClientRect().top).toBeGreaterThanOrEqual(video.getBoundingClientRect().bottom - 1);
  });
});

describe('<reach-captions> settings, by keyboard', () => {
  it('opens, changes the size with a live preview, passes axe-core, and Esc returns focus', async () => {
    await mount(VTT);
    await seek(1.5);
    await expectNoAxeViolations();
    const settingsButton = el.shadowRoot!.querySelector<HTMLButtonElement>('.settings-button')!;
    settingsButton.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(settingsButton.getAttribute('aria-expanded')).toBe('true');
    expect(el.shadowRoot!.activeElement?.id).toBe('field-track');
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement?.id).toBe('field-size');
    await userEvent.selectOptions(el.shadowRoot!.querySelector<HTMLSelectElement>('#field-size')!, '150');
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem('reachable')!).preferences.captionStyle.size).toBe(150);
    await expectNoAxeViolations();
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#settings')).toBeNull();
    expect(el.shadowRoot!.activeElement).toBe(settingsButton);
  });

  it('shows the value in force after the visitor picked others and it changed elsewhere', async () => {
    await mount(VTT);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.settings-button')!.click();
    await el.updateComplete;
    const size = () => el.shadowRoot!.querySelector<HTMLSelectElement>('#field-size')!;
    for (const value of ['200', '100']) {
      await userEvent.selectOptions(size(), value);
      await el.updateComplete;
    }
    // Another part of the page (the toolbar) sets the size back to 200.
    const other = createPreferenceStore({ keys: ['captionStyle'] });
    other.set({ captionStyle: { size: 200 } as never });
    other.destroy();
    await el.updateComplete;
    expect(size().value).toBe('200');
  });

  it('shows a size or colour chosen elsewhere (the toolbar, the API) as it is, not as the first option', async () => {
    localStorage.setItem('reachable', JSON.stringify({ version: 1, preferences: { captionStyle: { size: 180, color: '#123456' } } }));
    await mount(VTT);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.settings-button')!.click();
    await el.updateComplete;
    const size = el.shadowRoot!.querySelector<HTMLSelectElement>('#field-size')!;
    expect(size.value).toBe('180');
    // The schema's steps (50 % to 400 % by 25), and the value chosen elsewhere in its place.
    const steps = Array.from({ length: 15 }, (_, i) => String(50 + 25 * i));
    expect([...size.options].map((o) => o.value)).toEqual([...steps.slice(0, 6), '180', ...steps.slice(6)]);
    const color = el.shadowRoot!.querySelector<HTMLSelectElement>('#field-color')!;
    expect(color.value).toBe('#123456');
    expect(color.selectedOptions[0]!.textContent).toBe('#123456');
    await expectNoAxeViolations();
  });

  it("uses the page's running controller (the script tag's storage key), and its reset touches captions only", async () => {
    const storage = memoryStorage();
    const controller = createReachable({ storage });
    try {
      controller.preferences.set({ textSpacing: true, captionStyle: { color: '#ffff00' } as never });
      await mount(VTT);
      await seek(1.5);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.cue .text')!).color).toBe('rgb(255, 255, 0)');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.settings-button')!.click();
      await el.updateComplete;
      const reset = [...el.shadowRoot!.querySelectorAll('button')].find((b) => ['恢复默认', 'Reset'].includes(b.textContent!.trim()))!;
      reset.click();
      await el.updateComplete;
      expect(controller.preferences.get()).toMatchObject({ textSpacing: true, captionStyle: { color: '#ffffff' } });
      // The caption choice is forgotten, not stored as the defaults (which would hide a site's own defaults).
      expect(JSON.parse(storage.getItem('reachable')!).preferences).toEqual({ textSpacing: true });
      expect(localStorage.getItem('reachable')).toBeNull(); // the controller's storage, not the default key
      // Its owner destroys the controller: the captions keep a store that still works (their own).
      controller.destroy();
      const size = el.shadowRoot!.querySelector<HTMLSelectElement>('#field-size')!;
      size.value = '200';
      size.dispatchEvent(new Event('change'));
      expect(JSON.parse(localStorage.getItem('reachable')!).preferences.captionStyle.size).toBe(200);
    } finally {
      el.remove();
      controller.destroy();
    }
  });

  it('takes text overrides as the toolbar does, and names the language of its controls and captions', async () => {
    document.documentElement.lang = 'en';
    try {
      await mount(VTT);
      el.messages = { settings: '', colors: { white: 'Snow' } };
      el.shadowRoot!.querySelector<HTMLButtonElement>('.settings-button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.settings-button')!.textContent!.trim()).not.toBe(''); // an empty override keeps the built-in name
      const names = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#field-color option')].map((o) => o.textContent);
      expect(names).toContain('Snow');
      expect(names.every(Boolean)).toBe(true); // the other colours keep their names
      expect(el.shadowRoot!.querySelector('.controls')!.getAttribute('lang')).toBe('en');
      expect(el.shadowRoot!.querySelector('.overlay')!.getAttribute('lang')).toBe('zh');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it('switches captions off and back on, and chooses the track', async () => {
    await mount(VTT);
    const cc = el.shadowRoot!.querySelector<HTMLButtonElement>('.cc')!;
    expect(cc.getAttribute('aria-pressed')).toBe('true');
    cc.click();
    await el.updateComplete;
    expect(cc.getAttribute('aria-pressed')).toBe('false');
    expect(await seek(1.5)).toBe('');
    cc.click();
    expect(await seek(1.6)).toBe('第一句 First cue');
  });
});

describe('<reach-captions> and full screen', () => {
  it('takes the overlay along when its own full-screen button is used', async () => {
    await mount(VTT);
    await seek(1.5);
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('.fullscreen')!);
    await expect.poll(() => document.fullscreenElement).toBe(el);
    const cue = el.shadowRoot!.querySelector('.cue')!;
    expect(cue.getBoundingClientRect().height).toBeGreaterThan(0);
    await document.exitFullscreen();
  });

  it('in full screen keeps captions below the picture, and its settings, on screen', async () => {
    localStorage.setItem('reachable', JSON.stringify({ version: 1, preferences: { captionStyle: { position: 'below' } } }));
    await mount(VTT);
    await seek(1.5);
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('.fullscreen')!);
    await expect.poll(() => document.fullscreenElement).toBe(el);
    try {
      const cue = el.shadowRoot!.querySelector('.cue')!.getBoundingClientRect();
      expect(cue.height).toBeGreaterThan(0);
      expect(cue.bottom).toBeLessThanOrEqual(window.innerHeight);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.settings-button')!.click();
      await el.updateComplete;
      const settings = el.shadowRoot!.querySelector('.settings')!.getBoundingClientRect();
      expect(settings.top).toBeGreaterThanOrEqual(0);
      expect(settings.bottom).toBeLessThanOrEqual(window.innerHeight);
      const focused = el.shadowRoot!.activeElement!.getBoundingClientRect();
      expect(focused.bottom).toBeLessThanOrEqual(window.innerHeight);
    } finally {
      await document.exitFullscreen();
    }
  });

  it('falls back to the native track, in the visitor’s style, when the video alone goes full screen', async () => {
    localStorage.setItem('reachable', JSON.stringify({ version: 1, preferences: { captionStyle: { color: '#ffff00' } } }));
    await mount(VTT);
    const cueSheets = () => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('::cue'))).length;
    await userEvent.click(video); // the user gesture full screen needs
    await video.requestFullscreen();
    await expect.poll(() => video.textTracks[0]!.mode).toBe('showing');
    expect(cueSheets()).toBe(1);
    await document.exitFullscreen();
    await expect.poll(() => video.textTracks[0]!.mode).toBe('hidden');
    expect(cueSheets()).toBe(0);
  });

  it('restores the tracks when removed', async () => {
    await mount(VTT);
    el.remove();
    expect(video.textTracks[0]!.mode).toBe('showing');
  });
});
