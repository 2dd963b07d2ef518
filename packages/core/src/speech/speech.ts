import { deepActiveElement } from '../dom/focus.js';
import { mountOwnUi } from '../dom/mount.js';
import { isOwnUi, startsOwnUi } from '../dom/own-ui.js';
import type { Engine, EngineContext } from '../engine.js';
import { warn } from '../internal/warn.js';
import type { Preferences } from '../preferences/schema.js';
import { chunk } from './chunk.js';
import type { SpeechProvider } from './provider.js';
import { describe, langOf, script, shown, speakable, unread } from './describe.js';
import { canonical, chooseVoice, loadVoices, type Voice } from './voices.js';

export type SpeechValue = Pick<Preferences, 'speech' | 'speechRate'>;

/** How long the pointer rests on something before it is read (指读). */
export const DWELL = 250;
/** How long a synthesiser may take to start an utterance before it is thought stuck. */
export const START_TIMEOUT = 5000;

/**
 * The mark around the block being read, and the note shown when no voice
 * reads the page's language. Neither takes a click; the mark is two rings
 * (black and white) so it shows on any colours, system colours under forced
 * colours, and it does not move for reduced motion since it never animates.
 */
const CSS = `:host{all:initial!important;position:fixed!important;inset:0!important;pointer-events:none!important;z-index:2147483000!important;zoom:var(--reach-unzoom,1)!important;font:calc(18px*var(--reach-font-scale,1))/1.5 sans-serif!important}
[hidden]{display:none!important}
.mark{position:absolute;box-sizing:border-box;border:3px solid #000;outline:2px solid #fff;box-shadow:inset 0 0 0 2px #fff;border-radius:4px}
.note{position:absolute;inset:auto 1em calc(1em + var(--reach-caption-bar-bottom,0px) / var(--reach-unzoom,1));margin:0 auto;max-width:30em;padding:.75em 1em;color:#fff;background:#000;border:2px solid #fff}
.note:empty{padding:0;border:0}
@media (forced-colors:active){.mark{border-color:Highlight;outline-color:Canvas}.note{color:CanvasText;background:Canvas;border-color:CanvasText}}`;

/** What the note says when 连读 is paused, resumed or stopped, in the page's script. */
const STATUS = {
  hans: { paused: '朗读已暂停', resumed: '继续朗读', stopped: '朗读已停止' },
  hant: { paused: '朗讀已暫停', resumed: '繼續朗讀', stopped: '朗讀已停止' },
  en: { paused: 'Reading paused', resumed: 'Reading resumed', stopped: 'Reading stopped' },
};

/** The note, in the page's language, naming the language no voice reads. */
const noVoiceText = (page: string, lang: string) => {
  const ui = script(page);
  let name = lang;
  try {
    name = new Intl.DisplayNames([page || 'en'], { type: 'language' }).of(lang) ?? lang;
  } catch {}
  return ui === 'en'
    ? `No voice on this device reads ${name}. You can add one in your system’s speech settings.`
    : ui === 'hans'
      ? `本机没有可朗读${name}的语音，可在系统的语音设置中添加。`
      : `本機沒有可朗讀${name}的語音，可在系統的語音設定中新增。`;
};

/** A stretch of the page read as one: a block of text, or a run of text beside blocks. */
interface Unit {
  range: Range;
  /** The element whose language it is in, and which is scrolled into view. */
  el: Element;
  text: string;
  /** Where reading goes on from: its last node. */
  last: Node;
}

const INLINE = /^(inline|contents)/;
const display = (node: Node) => (node.nodeType === 1 ? getComputedStyle(node as Element).display : 'inline');
const lastLeaf = (node: Node) => {
  while (node.lastChild) node = node.lastChild;
  return node;
};

/**
 * Read-aloud with the browser's own speech synthesis: nothing is sent
 * anywhere, and nothing is said until the visitor turns it on.
 *
 * - `hover` (指读): what the pointer rests on (250 ms, once per element),
 *   what a tap touches and what gets keyboard focus is read: its name and
 *   role, then its text (see `describe`).
 * - `continuous` (连读): the page is read block by block in document order,
 *   from the focused element or the start of its main content, or from
 *   wherever the visitor clicks; the block being read is marked and scrolled
 *   into view. Esc stops; a click starts again from there.
 *
 * Each text is read in its own language (`lang`) by a voice of that language,
 * on the device before the network; with none, a note says so once and
 * nothing is read with a voice of another language. Text is cut into short
 * utterances (see `chunk`); a synthesiser that does not start or finish an
 * utterance in time is reset and tried once more. The rate applies from the
 * next utterance. 'off' stops, removes the mark and every listener.
 */
export function createSpeech(doc: Document = document, context?: EngineContext): Engine<SpeechValue> {
  const win = doc.defaultView!;
  const synth = win.speechSynthesis as SpeechSynthesis | undefined;
  const provider = context?.speech?.provider;
  /** A site's voice: the audio playing, and what aborts the requests of the text being read. */
  let playing: HTMLAudioElement | undefined;
  let requests: AbortController | undefined;
  let providerWarned = false;
  /** Says the rest of what is being read, from the piece being said; and, while paused, that. */
  let resume: (() => void) | undefined;
  let paused: (() => void) | undefined;
  let mode: SpeechValue['speech'] = 'off';
  let rate = 1;
  let voices: Promise<Voice[]> | undefined;
  let listening: AbortController | undefined;
  let host: HTMLElement | undefined;
  let mark: HTMLElement | undefined;
  let note: HTMLElement | undefined;
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  const told = new Set<string>();

  // ——— speaking ———
  /** Each call to `say` (and `stop`) starts a new turn: what an older turn scheduled is dropped. */
  let turn = 0;
  let current: SpeechSynthesisUtterance | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let primed = false;
  /** What the pointer is over (the event's target), and the last element read. */
  let hovered: EventTarget | undefined;
  let spoken: Element | undefined;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let unit: Unit | undefined;
  let frame = 0;

  const stop = () => {
    turn++;
    current = unit = resume = paused = undefined;
    clearTimeout(watchdog);
    if (mark) mark.hidden = true;
    requests?.abort();
    playing?.pause();
    playing = requests = undefined;
    synth?.cancel();
  };

  /** Says what is being said, for the caption bar (and a site's own captions). */
  const saying = (text: string, lang: string) => doc.dispatchEvent(new CustomEvent('reach-speaking', { detail: { text, lang } }));

  /**
   * Reads `text` with the site's own voice: each piece is asked for while the
   * one before plays, so there is no gap, and played in turn; a piece the
   * provider cannot give is skipped (said once in the console).
   */
  const sayWith = (provide: SpeechProvider, text: string, lang: string, done?: () => void) => {
    stop();
    const mine = turn;
    const { signal } = (requests = new AbortController());
    const pieces = chunk(text).map((piece) => ({ piece, audio: undefined as Promise<Blob | string> | undefined }));
    const ask = (i: number) => {
      const entry = pieces[i];
      if (!entry || entry.audio) return entry?.audio;
      // A provider that throws, or a piece asked for ahead and never played, must not leave an unhandled rejection.
      entry.audio = Promise.resolve().then(() => provide(entry.piece, lang, signal));
      entry.audio.catch(() => {});
      return entry.audio;
    };
    const play = (i: number) => {
      if (mine !== turn) return;
      if (i >= pieces.length) return (resume = undefined), done?.();
      resume = () => sayWith(provide, pieces.slice(i).map(({ piece }) => piece).join(' '), lang, done);
      ask(i)!.then(
        (audio) => {
          if (mine !== turn) return;
          const url = typeof audio === 'string' ? audio : URL.createObjectURL(audio);
          const element = (playing = new win.Audio(url));
          element.playbackRate = rate;
          const end = () => {
            if (typeof audio !== 'string') URL.revokeObjectURL(url);
            if (playing === element) (playing = undefined), play(i + 1);
          };
          element.onended = element.onerror = end;
          saying(pieces[i]!.piece, lang);
          element.play().catch(end);
          ask(i + 1);
        },
        (error: unknown) => {
          if (mine !== turn) return;
          if (!providerWarned) warn('R109', "Read-aloud: the site's speech provider gave no audio; that text is skipped.", error);
          providerWarned = true;
          play(i + 1);
        },
      );
    };
    play(0);
  };

  /** Reads `text` in `lang`, then calls `done` (not when stopped or replaced). */
  const say = (text: string, lang: string, done?: () => void) => {
    if (provider) return sayWith(provider, text, lang, done);
    stop();
    const mine = turn;
    const queue = chunk(text);
    void voices!.then((list) => {
      if (mine !== turn) return;
      const voice = chooseVoice(list, lang);
      if (!voice) {
        tell(lang);
        // A passage in another language is skipped; with no voice for the page's own, reading stops.
        return !done || canonical(lang) === canonical(langOf(doc.documentElement)) ? stop() : done();
      }
      let retried = false;
      const next = (again?: string) => {
        clearTimeout(watchdog);
        const piece = again ?? queue.shift();
        if (piece === undefined) return (current = resume = undefined), done?.();
        resume = () => say([piece, ...queue].join(' '), lang, done);
        const utterance = new win.SpeechSynthesisUtterance(piece);
        utterance.voice = voice as SpeechSynthesisVoice;
        utterance.lang = voice.lang;
        utterance.rate = rate;
        // A synthesiser stuck without a word: reset it and try this piece once more, then give up.
        const arm = (ms: number) => {
          clearTimeout(watchdog);
          watchdog = setTimeout(() => {
            if (utterance !== current) return;
            current = undefined;
            synth!.cancel();
            if (retried) return stop();
            retried = true;
            next(piece);
          }, ms);
        };
        // Started: it may take as long as the piece takes to say (slow rates, slow voices), with room.
        utterance.onstart = utterance.onboundary = () => utterance === current && arm(START_TIMEOUT + (piece.length * 400) / rate);
        utterance.onend = () => utterance === current && ((retried = false), next());
        // `interrupted` and `canceled` are ours (stop, or a newer text); any other error skips the piece.
        utterance.onerror = (event) => utterance === current && !/interrupted|canceled/.test(event.error) && next();
        current = utterance;
        synth!.speak(utterance);
        saying(piece, voice.lang);
        arm(START_TIMEOUT);
      };
      next();
    });
  };

  /**
   * Says once per language that no voice reads it, in a note shown for ten
   * seconds that screen readers read too. The note is a live region that is
   * on the page, empty, before its text arrives: one added with its text is
   * often not read out. (Not the announcer: importing it here would make
   * bundlers wrap it, for every page that imports it, in code to load it late.)
   */
  const tell = (lang: string) => {
    const key = canonical(lang);
    if (told.has(key)) return;
    told.add(key);
    show(noVoiceText(doc.documentElement.lang, lang), 10_000);
  };
  /** Shows (and has screen readers read) `text` in the note for `ms`. */
  const show = (text: string, ms: number) => {
    ui();
    clearTimeout(noteTimer);
    note!.textContent = '';
    noteTimer = setTimeout(() => {
      note!.textContent = text;
      noteTimer = setTimeout(() => (note!.textContent = ''), ms);
    }, 100);
  };
  const status = (what: keyof (typeof STATUS)['en']) => show(STATUS[script(doc.documentElement.lang)][what], 3000);

  const ui = () => {
    if (host) return;
    const { host: mounted, root } = mountOwnUi(doc, 'reach-speech', CSS);
    host = mounted;
    mark = root.appendChild(doc.createElement('div'));
    mark.className = 'mark';
    mark.hidden = true;
    note = root.appendChild(doc.createElement('p'));
    note.className = 'note';
    note.setAttribute('role', 'status');
  };

  /** A tap or a key is a gesture: the first `speak` some browsers (Safari) allow must come in one. */
  const prime = () => {
    if (primed || !synth) return;
    primed = true;
    synth.speak(new win.SpeechSynthesisUtterance(''));
  };

  // ——— 指读: what the pointer rests on, a tap, focus ———
  const read = (el: Element | undefined) => {
    if (!el) return;
    spoken = el;
    const text = describe(el);
    if (text) say(text, langOf(el));
  };
  // Each element the pointer enters costs a composed path and a timer; what to read is worked out only where it rests.
  const onOver = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const path = event.composedPath();
    if (path[0] === hovered) return;
    hovered = path[0];
    clearTimeout(dwell);
    dwell = setTimeout(() => {
      const el = speakable(path);
      if (el !== spoken) read(el);
    }, DWELL);
  };
  const onOut = (event: PointerEvent) => {
    // Leaving the page: a return to the same element reads it again.
    if (!event.relatedTarget) (clearTimeout(dwell), (hovered = spoken = undefined));
  };
  const onDown = (event: PointerEvent) => {
    prime();
    // A tap reads at once; the page gets its tap as ever (a link opens once).
    if (event.pointerType === 'touch') read(speakable(event.composedPath()));
  };
  const onFocus = (event: FocusEvent) => {
    const el = event.composedPath()[0] as Element;
    if (el?.nodeType === 1 && shown(el)) read(el);
  };

  // ——— 连读: the page, block by block ———
  /**
   * The page's text nodes in document order. What is unread or Reachable's
   * own is skipped with all it holds, so each element is judged by itself,
   * not by its ancestors again. Made when 连读 first starts.
   */
  let walker: TreeWalker | undefined;
  const texts = () =>
    (walker ??= doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === 3
          ? /\S/.test(node.nodeValue!)
            ? NodeFilter.FILTER_ACCEPT
            : NodeFilter.FILTER_SKIP
          : startsOwnUi(node as Element) || unread(node as Element)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_SKIP,
    }));

  /**
   * The first unit at or after `from` in document order: the block (the
   * nearest element that is not inline) around its first text, whole; or,
   * when that block also holds blocks, only the run of text and inline
   * elements around that text.
   */
  const unitFrom = (from: Node): Unit | undefined => {
    const walker = texts();
    walker.currentNode = from;
    const text = from.nodeType === 3 && /\S/.test(from.nodeValue!) ? from : walker.nextNode();
    if (!text) return;
    let block = text.parentElement!;
    while (INLINE.test(display(block)) && block.parentElement) block = block.parentElement;
    const range = doc.createRange();
    if (![...block.children].some((child) => !INLINE.test(display(child)))) {
      range.selectNodeContents(block);
      return { range, el: block, text: (block as HTMLElement).innerText, last: lastLeaf(block) };
    }
    let top: Node = text;
    while (top.parentNode !== block) top = top.parentNode!;
    let first = top;
    let end = top;
    while (first.previousSibling && INLINE.test(display(first.previousSibling))) first = first.previousSibling;
    while (end.nextSibling && INLINE.test(display(end.nextSibling))) end = end.nextSibling;
    range.setStartBefore(first);
    range.setEndAfter(end);
    return { range, el: first.nodeType === 1 ? (first as Element) : block, text: range.toString(), last: lastLeaf(end) };
  };

  const place = () => {
    frame = 0;
    if (!unit || !mark) return;
    const rect = unit.range.getBoundingClientRect();
    // Around the text, with room for the rings, kept inside the window's width.
    const left = Math.max(0, rect.left - 6);
    const right = Math.min(doc.documentElement.clientWidth, rect.right + 6);
    Object.assign(mark.style, { left: `${left}px`, top: `${rect.top - 6}px`, width: `${right - left}px`, height: `${rect.height + 12}px` });
    mark.hidden = false;
  };
  const onScroll = () => (frame ||= win.requestAnimationFrame(place));

  /** Reads from `from` to the end of the page, marking each unit. */
  const readFrom = (from: Node | undefined) => {
    const found = from && unitFrom(from);
    if (!found) return stop();
    say(found.text, langOf(found.el), () => {
      const walker = texts();
      walker.currentNode = found.last;
      readFrom(walker.nextNode() ?? undefined);
    });
    unit = found;
    ui();
    const rect = found.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > win.innerHeight) {
      const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      found.el.scrollIntoView({ block: 'center', behavior: reduce ? 'instant' : 'smooth' } as ScrollIntoViewOptions);
    }
    place();
  };
  /** Where 连读 starts: the focused element, else the main content, else the page. */
  const start = () => {
    const focused = deepActiveElement(doc);
    return focused && focused !== doc.body && !isOwnUi(focused) ? focused : (doc.querySelector('main,[role=main]') ?? doc.body ?? undefined);
  };
  const onClick = (event: MouseEvent) => {
    const target = event.composedPath()[0] as Node;
    if (target?.nodeType === 1 && !isOwnUi(target as Element)) readFrom(target);
  };

  const onKey = (event: KeyboardEvent) => {
    prime();
    if (event.key === 'Escape' && (current || playing || paused)) stop();
  };

  /**
   * 连读's commands from the toolbar or its shortcuts (`reach-command`): pause
   * stops the synthesiser and remembers the piece being said (browsers'
   * `pause()` cancels on Android), resume says it again and reads on, stop
   * ends reading until the next click. The note says which.
   */
  const onCommand = (event: Event) => {
    const command = (event as CustomEvent<{ command?: unknown }>).detail?.command;
    if (command === 'speechStop' && (resume || paused)) {
      stop();
      status('stopped');
    } else if (command === 'speechPause' && paused) {
      const [again, reading] = [paused, unit];
      again();
      unit = reading;
      place();
      status('resumed');
    } else if (command === 'speechPause' && resume) {
      const [again, reading] = [resume, unit];
      stop();
      // Paused, the block being read stays marked.
      unit = reading;
      paused = again;
      place();
      status('paused');
    }
  };

  const listen = () => {
    listening?.abort();
    listening = undefined;
    clearTimeout(dwell);
    hovered = spoken = undefined;
    if (mode === 'off') return;
    listening = new AbortController();
    const options = { capture: true, signal: listening.signal };
    const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) => doc.addEventListener(type, handler, options);
    on('pointerdown', onDown);
    on('keydown', onKey);
    win.addEventListener('pagehide', stop, options);
    if (mode === 'hover') {
      on('pointerover', onOver);
      on('pointerout', onOut);
      on('focusin', onFocus);
    } else {
      on('click', onClick);
      doc.addEventListener('reach-command', onCommand, options);
      win.addEventListener('scroll', onScroll, { ...options, passive: true });
      win.addEventListener('resize', onScroll, options);
    }
  };

  const off = () => {
    mode = 'off';
    stop();
    listen();
    win.cancelAnimationFrame(frame);
    frame = 0;
    clearTimeout(noteTimer);
    host?.remove();
    host = mark = note = walker = undefined;
  };

  return {
    apply({ speech, speechRate }) {
      rate = speechRate;
      if (speech === mode) return;
      if ((!synth && !provider) || speech === 'off') return off();
      stop();
      mode = speech;
      if (synth && !provider) voices ??= loadVoices(synth);
      listen();
      if (mode === 'continuous') readFrom(start());
    },
    destroy: off,
  };
}
