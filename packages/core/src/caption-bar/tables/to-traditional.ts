// Simplified → Traditional with OpenCC's dictionaries, phrases first (头发 → 頭髮, 发展 → 發展):
// loaded only when a visitor picks 繁体 for the caption bar (about 420 KB gzip, most of it the phrase list).
import { ConverterFactory } from 'opencc-js/core';
import fromCn from 'opencc-js/from/cn';

export const convert: (text: string) => string = ConverterFactory(fromCn);
