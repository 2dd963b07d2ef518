/**
 * A site's own text-to-speech, for systems with no good voice for its
 * language: it is given a piece of text (a sentence, at most 4 KB) and its
 * language, and returns the audio to play, as a Blob or the URL of one. The
 * signal aborts when read-aloud stops or moves on. Reachable ships none and
 * sends nothing anywhere unless a site gives one: the site is then
 * responsible for where the text goes (docs/speech.md).
 */
export type SpeechProvider = (text: string, lang: string, signal: AbortSignal) => Promise<Blob | string>;

/** Read-aloud's options (`createReachable({ speech })`, `window.ReachableConfig.speech`). */
export interface SpeechOptions {
  readonly provider?: SpeechProvider;
}
