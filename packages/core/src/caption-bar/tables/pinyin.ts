// Pinyin with tone marks, word by word (银行 yín háng, 行长 háng zhǎng), by pinyin-pro: loaded only
// when a visitor picks 拼音 for the caption bar.
import { pinyin } from 'pinyin-pro';

/** Each character of `text` with its pinyin, or alone where it is not Chinese. */
export const convert = (text: string): (readonly [text: string, pinyin?: string])[] =>
  pinyin(text, { type: 'all' }).map(({ origin, pinyin: sound, isZh }) => (isZh && sound ? [origin, sound] : [origin]));
