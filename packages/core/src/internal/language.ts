/**
 * Which written Chinese a language tag asks for: `'hant'` (Traditional) for
 * zh-TW, zh-HK, zh-MO, zh-Hant and Cantonese (`yue`); `'hans'` (Simplified)
 * for other Chinese and Mandarin (`cmn`); undefined for other languages.
 * A script subtag wins over a region (`zh-Hans-HK` is Simplified). Android's `zh_TW` is understood. The one rule for every text Reachable
 * picks by language (the toolbar's locale, reading mode's close button,
 * read-aloud's role words and notes).
 */
export function chineseScript(lang: string | null | undefined): 'hans' | 'hant' | undefined {
  const tag = (lang ?? '').toLowerCase().replace(/_/g, '-');
  if (!/^(zh|cmn|yue)(-|$)/.test(tag)) return undefined;
  // A script written out wins over a region: zh-Hans-HK is Simplified Chinese in Hong Kong.
  return /^yue|-hant\b|-(tw|hk|mo)\b/.test(tag) && !/-hans\b/.test(tag) ? 'hant' : 'hans';
}
