/** The parts of a `SpeechSynthesisVoice` a choice needs. */
export type Voice = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'default'>;

/**
 * A language tag as `language-region`, lower case, for comparing: `zh_CN`
 * (Android) is `zh-cn`; Mandarin (`cmn`) is Chinese; Chinese without a
 * region is `zh-cn`, or `zh-tw` when written in Traditional characters
 * (`zh-Hant`); Cantonese (`yue`) is `zh-hk`.
 */
export function canonical(lang: string): string {
  const [language = '', ...rest] = lang.replace(/_/g, '-').toLowerCase().split('-');
  const region = rest.find((part) => /^([a-z]{2}|\d{3})$/.test(part));
  if (language === 'yue') return 'zh-hk';
  if (language === 'zh' || language === 'cmn') return `zh-${region ?? (rest.includes('hant') ? 'tw' : 'cn')}`;
  return region ? `${language}-${region}` : language;
}

/**
 * The voices that may read text in `lang`, best first: its own region, then
 * its language's others. Mandarin (mainland, Singapore, Taiwan) is never read
 * by a Cantonese voice, which a Mandarin reader cannot follow; Cantonese
 * text (Hong Kong, Macao), written in standard Chinese, may be read in
 * Mandarin when no Cantonese voice is installed.
 */
function accepted(lang: string): string[] {
  const want = canonical(lang);
  const language = want.split('-')[0]!;
  if (language !== 'zh') return [want, language];
  return /^zh-(hk|mo)$/.test(want) ? [want, 'zh-hk', 'zh-mo', 'zh-tw', 'zh-cn', 'zh-sg'] : [want, 'zh-cn', 'zh-sg', 'zh-tw'];
}

/**
 * The voice to read text in `lang`: of those that speak it (see `accepted`),
 * one on this device before one that needs the network (network voices need
 * a connection, and are blocked in some regions), then the system's default.
 * Undefined when no voice speaks the language: Chinese is never read with an
 * English voice.
 */
export function chooseVoice(voices: readonly Voice[], lang: string): Voice | undefined {
  const order = accepted(lang);
  let best: Voice | undefined;
  let bestScore = Infinity;
  for (const voice of voices) {
    const tag = canonical(voice.lang);
    let rank = order.indexOf(tag);
    // Another region of the same language (en-GB for en-US), after every listed one.
    if (rank < 0 && tag.split('-')[0] === order[1] && order[1] !== 'zh') rank = order.length;
    if (rank < 0) continue;
    const score = rank * 4 + (voice.localService ? 0 : 2) + (voice.default ? 0 : 1);
    if (score < bestScore) [best, bestScore] = [voice, score];
  }
  return best;
}

/**
 * The synthesiser's voices, once it has them: `getVoices()` is empty until
 * they load. Waits for `voiceschanged`, and polls too, since some browsers
 * (Firefox) never send it; gives up after `timeout` ms with what there is.
 */
export function loadVoices(synth: SpeechSynthesis, timeout = 2000): Promise<Voice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const started = Date.now();
    const check = () => {
      const voices = synth.getVoices();
      if (!voices.length && Date.now() - started < timeout) return;
      clearInterval(poll);
      synth.removeEventListener('voiceschanged', check);
      resolve(voices);
    };
    const poll = setInterval(check, 100);
    synth.addEventListener('voiceschanged', check);
  });
}
