/** Where a sentence or a clause ends, in Chinese and in Latin script. */
const END = /[。！？；!?;…]|\.(?=\s|$)/g;
/** Han, kana and hangul: each about one em wide; other characters about half that. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/g;

/**
 * About how many characters of `text` fit in `lines` lines of `width` px at
 * `fontSize` px: wide (CJK) characters take an em, others about half.
 */
export function capacity(text: string, width: number, fontSize: number, lines = 3): number {
  const wide = text.match(WIDE)?.length ?? 0;
  const em = text.length ? (wide + 0.55 * (text.length - wide)) / text.length : 1;
  return Math.max(1, Math.floor((lines * width) / (fontSize * em)));
}

/**
 * `text` cut to at most `max` characters, at the end of its last whole
 * sentence (or clause) that fits; a first sentence longer than that is cut
 * where it must, with an ellipsis.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const match of text.matchAll(END)) {
    const after = match.index + match[0].length;
    if (after > max) break;
    end = after;
  }
  return end ? text.slice(0, end).trim() : `${text.slice(0, max - 1).trimEnd()}…`;
}
