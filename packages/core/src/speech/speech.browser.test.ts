import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import { useFixturePages } from '../../../../test/fixture.js';
import { withoutRealPointer } from '../../../../test/real-pointer.js';
import { countObservers } from '../../../../test/observers.mjs';
import { installFakeSpeech, voice, type FakeSynth } from '../../../../test/speech-fake.js';
import { speechAid } from './aid.js';
import { MAX_BYTES } from './chunk.js';
import { createSpeech, DWELL, START_TIMEOUT, type SpeechValue } from './speech.js';

const VOICES = [voice('Google 普通话（中国大陆）', 'zh-CN', false), voice('Tingting', 'zh-CN'), voice('Samantha', 'en-US')];

const page = useFixturePages();
withoutRealPointer();
let fake: ReturnType<typeof installFakeSpeech>;
let synth: FakeSynth;
let engine: ReturnType<typeof createSpeech>;
beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
  fake = installFakeSpeech(VOICES);
  synth = fake.synth;
  engine = createSpeech();
});
afterEach(() => {
  engine.destroy();
  fake.restore();
});

const on = (speech: SpeechValue['speech'], speechRate = 1) => engine.apply({ speech, speechRate });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const texts = () => synth.said().map((s) => s.text);
const pointer = (type: string, el: Element, pointerType = 'mouse') =>
  el.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, pointerType }));
const host = () => document.querySelector('reach-speech');
const part = (name: string) => host()!.shadowRoot!.querySelector<HTMLElement>(`.${name}`)!;

/**
 * The fixtures refuse the real pointer too, so a real click of an earlier
 * test cannot land on their elements (and see withoutRealPointer).
 */
const NO_REAL_POINTER = '#fixture { pointer-events: none; }';

const ARTICLE = `
  <main>
    <h1 id="title">长江生态补水</h1>
    <p id="first">记者从水利部获悉，长江流域今年首次开展全流域生态补水。</p>
    <p id="second">补水覆盖六省，详见<a href="#data" id="link">水利部数据</a>。</p>
    <p hidden>隐藏的段落</p>
    <p aria-hidden="true">装饰文字</p>
    <ul><li>湖北</li><li>湖南</li></ul>
    <p lang="en" id="english">Experts expect more releases.</p>
    <p id="far" style="margin-top: 2000px">最后一段。</p>
  </main>`;

describe('指读 (hover)', () => {
  it('reads what the pointer rests on after the dwell, once, with a voice of its language on the device', async () => {
    const root = page(NO_REAL_POINTER, ARTICLE);
    on('hover');
    const link = root.querySelector('#link')!;
    const start = performance.now();
    pointer('pointerover', link);
    await wait(DWELL / 2);
    // Nothing before the dwell (a loaded machine may overshoot the wait: then there is nothing to check here).
    if (performance.now() - start < DWELL) expect(texts()).toEqual([]);
    await expect.poll(texts).toEqual(['水利部数据 链接']);
    expect(synth.said()[0]).toMatchObject({ voice: 'Tingting', lang: 'zh-CN', rate: 1 });
    // Moving within it, or off it for a moment and back, does not read it again.
    pointer('pointerover', link);
    pointer('pointerover', root.querySelector('#second')!);
    pointer('pointerover', link);
    await wait(DWELL * 2);
    expect(texts()).toHaveLength(1);
    // Another element, in English, by an English voice.
    pointer('pointerover', root.querySelector('#english')!);
    await expect.poll(() => synth.said().at(-1)).toMatchObject({ text: 'Experts expect more releases.', voice: 'Samantha', lang: 'en-US' });
  });

  it('passing over elements quickly reads only where the pointer stops', async () => {
    const root = page(NO_REAL_POINTER, ARTICLE);
    on('hover');
    for (const id of ['#title', '#first', '#second']) pointer('pointerover', root.querySelector(id)!);
    await wait(DWELL * 3);
    expect(texts()).toEqual(['补水覆盖六省，详见水利部数据。']);
  });

  it('reads keyboard focus at once', async () => {
    const root = page(NO_REAL_POINTER, ARTICLE);
    on('hover');
    root.querySelector<HTMLElement>('#link')!.focus();
    await expect.poll(texts).toEqual(['水利部数据 链接']);
  });

  it('a tap reads at once, and the page gets its one click', async () => {
    const root = page(NO_REAL_POINTER, ARTICLE);
    on('hover');
    const link = root.querySelector<HTMLAnchorElement>('#link')!;
    let clicks = 0;
    link.addEventListener('click', (event) => (clicks++, event.preventDefault()));
    pointer('pointerdown', link, 'touch');
    pointer('pointerup', link, 'touch');
    link.click();
    await expect.poll(texts).toEqual(['水利部数据 链接']);
    expect(clicks).toBe(1);
    // A blank utterance was given to the synthesiser inside the tap, first: Safari allows speech only from a gesture.
    expect(synth.calls[0]!.text).toBe('');
  });

  it('never reads hidden content', async () => {
    const root = page(NO_REAL_POINTER, ARTICLE);
    on('hover');
    pointer('pointerover', root.querySelector('[aria-hidden]')!);
    await wait(DWELL * 2);
    expect(texts()).toEqual([]);
  });
});

describe('连读 (continuous)', () => {
  const ORDER = ['长江生态补水', '记者从水利部获悉，长江流域今年首次开展全流域生态补水。', '补水覆盖六省，详见水利部数据。', '湖北', '湖南', 'Experts expect more releases.', '最后一段。'];

  it('pauses and resumes at the sentence being read, and stops, on the toolbar’s commands; the note says which', async () => {
    page(NO_REAL_POINTER, ARTICLE);
    synth.duration = 60_000; // each piece takes as long as the test needs
    const command = (name: string) => document.dispatchEvent(new CustomEvent('reach-command', { detail: { command: name } }));
    const note = () => part('note').textContent;
    on('continuous');
    await expect.poll(texts).toEqual(['长江生态补水']);
    command('speechPause');
    expect(synth.speaking).toBe(false);
    await expect.poll(note).toBe('朗读已暂停');
    // Paused, the block stays marked, and nothing more is said.
    expect(part('mark').hidden).toBe(false);
    await wait(50);
    expect(texts()).toEqual(['长江生态补水']);
    command('speechPause');
    // Resumed at the piece that was being said.
    await expect.poll(texts).toEqual(['长江生态补水', '长江生态补水']);
    await expect.poll(note).toBe('继续朗读');
    expect(synth.speaking).toBe(true);
    command('speechStop');
    expect(synth.speaking).toBe(false);
    await expect.poll(note).toBe('朗读已停止');
    expect(part('mark').hidden).toBe(true);
    const said = texts().length;
    await wait(50);
    expect(texts()).toHaveLength(said);
  });

  it('reads the page block by block in order, in each block’s language, skipping hidden content; marks and scrolls to each', async () => {
    synth.duration = 300;
    const root = page(NO_REAL_POINTER, ARTICLE);
    on('continuous');
    await expect.poll(() => !!host() && !part('mark').hidden).toBe(true);
    // The mark surrounds the text being read, inside the window, and takes no click.
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('#title')!);
    const title = range.getBoundingClientRect();
    const mark = part('mark').getBoundingClientRect();
    expect(mark.left).toBeLessThanOrEqual(title.left);
    expect(mark.left).toBeGreaterThanOrEqual(0);
    expect(mark.top).toBeLessThan(title.top);
    expect(mark.right).toBeGreaterThan(title.right);
    expect(mark.bottom).toBeGreaterThan(title.bottom);
    expect(getComputedStyle(host()!).pointerEvents).toBe('none');
    await expect.poll(() => synth.finished.map((s) => s.text), { timeout: 8000 }).toEqual(ORDER);
    expect(synth.finished[5]).toMatchObject({ voice: 'Samantha', lang: 'en-US' });
    // The last block, 2,000 px down, was scrolled into view to be read.
    await expect.poll(() => root.querySelector('#far')!.getBoundingClientRect().bottom).toBeLessThanOrEqual(innerHeight);
    expect(root.querySelector('#far')!.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    // At the end it stops, and the mark goes.
    await expect.poll(() => part('mark').hidden).toBe(true);
    await wait(100);
    expect(texts()).toEqual(ORDER);
    scrollTo(0, 0);
  });

  it('starts from the focused element; Esc stops; a click reads from there', async () => {
    synth.duration = 400;
    const root = page(NO_REAL_POINTER, ARTICLE);
    root.querySelector<HTMLElement>('#link')!.focus();
    on('continuous');
    await expect.poll(texts).toEqual(['补水覆盖六省，详见水利部数据。']);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(synth.speaking).toBe(false);
    expect(part('mark').hidden).toBe(true);
    await wait(500);
    expect(texts()).toHaveLength(1);
    root.querySelector<HTMLElement>('#english')!.click();
    await expect.poll(() => texts().at(-1)).toBe('Experts expect more releases.');
  });

  it('turned on from the toolbar, reads the page, not the toolbar; clicks on the toolbar do not move it', async () => {
    synth.duration = 300;
    page(NO_REAL_POINTER, ARTICLE);
    // Focus on a control in the shadow root of a reach-* element, as when the visitor picks 连读 in the panel.
    const toolbar = document.body.appendChild(document.createElement('reach-toolbar'));
    const radio = toolbar.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    radio.textContent = '连读';
    try {
      radio.focus();
      on('continuous');
      await expect.poll(texts).toEqual(['长江生态补水']);
      radio.click();
      await wait(100);
      expect(texts()).toEqual(['长江生态补水']);
    } finally {
      toolbar.remove();
    }
  });

  it('cuts long Chinese text into utterances under the limit, read in order', async () => {
    const long = '这是一段很长而且没有任何标点符号的文字'.repeat(30);
    page('', `<p>${long}</p>`);
    on('continuous');
    await expect.poll(() => synth.finished.map((s) => s.text).join(''), { timeout: 5000 }).toBe(long);
    expect(synth.finished.length).toBeGreaterThan(1);
    for (const spoken of synth.finished) expect(new TextEncoder().encode(spoken.text).length).toBeLessThanOrEqual(MAX_BYTES);
  });

  it('a new rate applies from the next utterance', async () => {
    synth.duration = 200;
    page('', '<p>第一句。第二句。</p>');
    on('continuous');
    await expect.poll(texts).toEqual(['第一句。']);
    on('continuous', 1.5);
    await expect.poll(() => synth.said().map((s) => s.rate)).toEqual([1, 1.5]);
  });
});

describe('robustness', () => {
  it('a synthesiser stuck without a word is reset, and the utterance tried again', async () => {
    synth.stuck = true;
    page('', '<p>卡住的句子。</p>');
    on('continuous');
    await expect.poll(texts).toEqual(['卡住的句子。']);
    synth.stuck = false;
    await expect.poll(() => synth.finished.map((s) => s.text), { timeout: START_TIMEOUT + 2000, interval: 200 }).toEqual(['卡住的句子。']);
    expect(texts()).toEqual(['卡住的句子。', '卡住的句子。']);
  }, START_TIMEOUT + 5000);

  it('with no voice for the page’s language, says so once in a note, and never reads it with another language’s voice', async () => {
    synth.voices = [voice('Samantha', 'en-US')];
    const root = page(NO_REAL_POINTER, ARTICLE);
    on('hover');
    // The note is a live region on the page, empty, before its text: one added with its text is often not read out.
    const atInsertion: (string | null)[] = [];
    const watch = new MutationObserver(() => host() && atInsertion.push(part('note').getAttribute('role'), part('note').textContent));
    watch.observe(document.body, { childList: true });
    pointer('pointerover', root.querySelector('#first')!);
    // After the voices load, the dwell and the note's own moment.
    await expect.poll(() => (host() && part('note').textContent) || '', { timeout: 5000 }).toMatch(/^本机没有可朗读中文.*的语音/);
    watch.disconnect();
    expect(atInsertion.slice(0, 2)).toEqual(['status', '']);
    expect(part('note').getBoundingClientRect().height).toBeGreaterThan(0);
    expect(texts()).toEqual([]);
    await expectNoAxeViolations(host()!);
    // Once: hovering more Chinese text neither reads it nor repeats the note.
    part('note').textContent = '';
    pointer('pointerover', root.querySelector('#second')!);
    await wait(DWELL * 2);
    expect(part('note').textContent).toBe('');
    // English text is read.
    pointer('pointerover', root.querySelector('#english')!);
    await expect.poll(texts).toEqual(['Experts expect more releases.']);
  });

  it('with no voice for the page’s own language, 连读 stops at once instead of running through the page; also when the page names no language', async () => {
    synth.voices = [];
    document.documentElement.removeAttribute('lang');
    page(NO_REAL_POINTER, ARTICLE);
    scrollTo(0, 0);
    on('continuous');
    // An empty voice list is waited on for up to 2 s (voices load late), then taken as it is.
    await expect.poll(() => host() && part('note').textContent, { timeout: 4000 }).toBeTruthy();
    await wait(300);
    // Reading went no further than its first block: the block 2,000 px down was never scrolled to.
    expect(scrollY).toBe(0);
    expect(part('mark').hidden).toBe(true);
    expect(texts()).toEqual([]);
  });

  it('without speechSynthesis the aid says it is unavailable, and its engine does nothing and throws nothing', () => {
    expect(speechAid.unavailable.when(document)).toBe(false);
    fake.restore();
    const descriptor = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    try {
      expect(speechAid.unavailable.when(document)).toBe(true);
      const bare = createSpeech();
      expect(() => bare.apply({ speech: 'continuous', speechRate: 1 })).not.toThrow();
      expect(host()).toBeNull();
      bare.destroy();
    } finally {
      if (descriptor) Object.defineProperty(window, 'speechSynthesis', descriptor);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      fake = installFakeSpeech(VOICES);
    }
  });

  it('off: silent, its element and listeners gone, the page as it was, no observer ever', async () => {
    const root = page(NO_REAL_POINTER, ARTICLE);
    const html = document.documentElement.outerHTML;
    const observers = countObservers();
    try {
      observers.baseline();
      on('continuous');
      await expect.poll(() => texts().length).toBeGreaterThan(0);
      expect(observers.live()).toBe(0);
      on('off');
      expect(synth.speaking).toBe(false);
      expect(host()).toBeNull();
      expect(document.documentElement.outerHTML).toBe(html);
      const before = synth.calls.length;
      pointer('pointerover', root.querySelector('#first')!);
      root.querySelector<HTMLElement>('#link')!.focus();
      root.querySelector<HTMLElement>('#english')!.click();
      await wait(DWELL * 2);
      expect(synth.calls.length).toBe(before);
    } finally {
      observers.restore();
    }
  });
});

describe("a site's own voice (speech.provider)", () => {
  /** A recording stand-in for `Audio`: what was played, at what rate; `end()` finishes the one playing. */
  function installFakeAudio() {
    const played: { src: string; rate: number; paused: boolean }[] = [];
    let playing: { onended: (() => void) | null; paused: boolean } | undefined;
    const original = window.Audio;
    class FakeAudio {
      onended: (() => void) | null = null;
      onerror: (() => void) | null = null;
      playbackRate = 1;
      paused = true;
      constructor(readonly src: string) {}
      play() {
        this.paused = false;
        played.push({ src: this.src, rate: this.playbackRate, paused: false });
        playing = this;
        return Promise.resolve();
      }
      pause() {
        this.paused = true;
        played.at(-1)!.paused = true;
      }
    }
    (window as unknown as { Audio: unknown }).Audio = FakeAudio;
    return {
      played,
      end: () => playing?.onended?.(),
      restore: () => ((window as unknown as { Audio: unknown }).Audio = original),
    };
  }

  it('asks the provider for each piece in its language, plays them in turn at the rate, says each, and stops', async () => {
    const audio = installFakeAudio();
    const asked: { text: string; lang: string; signal: AbortSignal }[] = [];
    const said: string[] = [];
    const onSaying = (event: Event) => said.push((event as CustomEvent<{ text: string }>).detail.text);
    document.addEventListener('reach-speaking', onSaying);
    const voice = createSpeech(document, {
      preferences: { get: () => ({}) as never, set: () => {}, subscribe: () => () => {} },
      speech: { provider: async (text, lang, signal) => (asked.push({ text, lang, signal }), new Blob([text], { type: 'audio/wav' })) },
    });
    try {
      page(NO_REAL_POINTER, '<main><p>第一句。第二句。</p><p>第三句。</p></main>');
      voice.apply({ speech: 'continuous', speechRate: 1.5 });
      await expect.poll(() => audio.played.length).toBe(1);
      // The next piece is asked for while the first plays.
      expect(asked.map((a) => [a.text, a.lang])).toEqual([['第一句。', 'zh-CN'], ['第二句。', 'zh-CN']]);
      expect(audio.played[0]!.rate).toBe(1.5);
      expect(audio.played[0]!.src).toMatch(/^blob:/);
      audio.end();
      await expect.poll(() => audio.played.length).toBe(2);
      audio.end();
      await expect.poll(() => said).toEqual(['第一句。', '第二句。', '第三句。']);
      // Nothing goes to the browser's own voices.
      expect(synth.said()).toEqual([]);
      // Esc stops: the audio pauses and pending requests are aborted.
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      expect(audio.played.at(-1)!.paused).toBe(true);
      expect(asked.at(-1)!.signal.aborted).toBe(true);
    } finally {
      voice.destroy();
      audio.restore();
      document.removeEventListener('reach-speaking', onSaying);
    }
  });

  it('skips a piece the provider cannot give, with one warning, and works without speechSynthesis', async () => {
    const audio = installFakeAudio();
    const descriptor = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    const voice = createSpeech(document, {
      preferences: { get: () => ({}) as never, set: () => {}, subscribe: () => () => {} },
      speech: { provider: async (text) => (text.startsWith('坏') ? Promise.reject(new Error('503')) : `https://tts.example/${encodeURIComponent(text)}.mp3`) },
    });
    try {
      page(NO_REAL_POINTER, '<main><p>坏的一句。好的一句。坏的又一句。</p></main>');
      voice.apply({ speech: 'continuous', speechRate: 1 });
      await expect.poll(() => audio.played.length).toBe(1);
      expect(decodeURIComponent(audio.played[0]!.src)).toBe('https://tts.example/好的一句。.mp3');
      audio.end();
      await expect.poll(() => warnings.length).toBe(1);
      expect(String(warnings[0])).toContain('R109');
    } finally {
      voice.destroy();
      audio.restore();
      console.warn = warn;
      if (descriptor) Object.defineProperty(window, 'speechSynthesis', descriptor);
    }
  });
});
