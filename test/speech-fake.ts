// A recording fake of the Web Speech API's synthesiser, installed on the page's
// window: tests see what would be said, with which voice, rate and language,
// and can make it slow, stuck or silent. Real speech is the screen-reader tier's.

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export const voice = (name: string, lang: string, localService = true): FakeVoice => ({ name, lang, localService, default: false, voiceURI: name });

type Handler = ((event: { error?: string; utterance: FakeUtterance }) => void) | null;

export class FakeUtterance {
  voice: FakeVoice | null = null;
  lang = '';
  rate = 1;
  onstart: Handler = null;
  onend: Handler = null;
  onerror: Handler = null;
  onboundary: Handler = null;
  constructor(readonly text: string) {}
}

export interface Spoken {
  text: string;
  voice?: string;
  lang: string;
  rate: number;
}

export class FakeSynth extends EventTarget {
  voices: FakeVoice[];
  /** Every utterance given to `speak`, in order (blank ones, which prime the synthesiser, too). */
  readonly calls: FakeUtterance[] = [];
  /** What was said to the end. */
  readonly finished: Spoken[] = [];
  /** How long each utterance takes; `stuck` starts none and sends no event. */
  duration = 10;
  stuck = false;
  #queue: FakeUtterance[] = [];
  #current?: FakeUtterance;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(voices: FakeVoice[]) {
    super();
    this.voices = voices;
  }
  get speaking() {
    return !!this.#current;
  }
  getVoices() {
    return this.voices;
  }
  /** What was given to `speak`, without the blank priming utterances. */
  said(): Spoken[] {
    return this.calls.filter((u) => u.text.trim()).map((u) => ({ text: u.text, voice: u.voice?.name, lang: u.lang, rate: u.rate }));
  }
  speak(utterance: FakeUtterance) {
    this.calls.push(utterance);
    this.#queue.push(utterance);
    if (!this.#current) this.#next();
  }
  cancel() {
    const current = this.#current;
    this.#queue = [];
    this.#current = undefined;
    clearTimeout(this.#timer);
    current?.onerror?.({ error: 'canceled', utterance: current });
  }
  pause() {}
  resume() {}
  #next() {
    const utterance = (this.#current = this.#queue.shift());
    if (!utterance || this.stuck) return;
    this.#timer = setTimeout(() => {
      utterance.onstart?.({ utterance });
      this.#timer = setTimeout(() => {
        this.#current = undefined;
        if (utterance.text.trim()) this.finished.push({ text: utterance.text, voice: utterance.voice?.name, lang: utterance.lang, rate: utterance.rate });
        utterance.onend?.({ utterance });
        this.#next();
      }, this.duration);
    }, 1);
  }
}

/** Puts a fake synthesiser on this window until the returned function is called. */
export function installFakeSpeech(voices: FakeVoice[]): { synth: FakeSynth; restore(): void } {
  const synth = new FakeSynth(voices);
  const originals = ['speechSynthesis', 'SpeechSynthesisUtterance'].map((name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const);
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  return {
    synth,
    restore() {
      for (const [name, descriptor] of originals) {
        if (descriptor) Object.defineProperty(window, name, descriptor);
        else delete (window as unknown as Record<string, unknown>)[name];
      }
    },
  };
}
