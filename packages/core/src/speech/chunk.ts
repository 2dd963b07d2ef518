/**
 * What one utterance may hold, in UTF-8 bytes. Some voices reject text over
 * 4 KB, and Chrome's network voices stop, silently, after about 15 seconds of
 * speech. Bytes measure speaking time across scripts well enough: 240 bytes
 * are 80 Chinese characters or about 240 Latin letters, each about 12 seconds
 * at the normal rate.
 */
export const MAX_BYTES = 240;

/** A sentence: up to its closing punctuation and the quotes or brackets after it, or a full stop before a space. */
const SENTENCE = /[^。！？；!?;…]+?(?:[。！？；!?;…]+[」』”’"')）]*|\.(?=\s)|$)|[。！？；!?;…]+/g;
/** Where a sentence too long for one utterance is best cut: after a comma, a colon, a dash or a space. */
const SOFT = /[，、,：:—\s]/;

const size = (ch: string) => {
  const code = ch.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * Text split into utterances: one per sentence (。！？； and .!?; end one),
 * and a sentence longer than `max` bytes cut at its last comma or space that
 * fits, else at the last character that fits (never inside a character).
 */
export function chunk(text: string, max = MAX_BYTES): string[] {
  const chunks: string[] = [];
  for (const sentence of text.replace(/\s+/g, ' ').match(SENTENCE) ?? []) {
    let rest = sentence.trim();
    while (rest) {
      let bytes = 0;
      let fits = 0;
      let soft = 0;
      for (const ch of rest) {
        if ((bytes += size(ch)) > max) break;
        fits += ch.length;
        if (SOFT.test(ch)) soft = fits;
      }
      // A cut at a comma, unless it would leave this piece under half the room.
      const cut = fits === rest.length || soft < fits / 2 ? fits : soft;
      const piece = rest.slice(0, cut).trim();
      if (piece) chunks.push(piece);
      rest = rest.slice(cut).trim();
    }
  }
  return chunks;
}
