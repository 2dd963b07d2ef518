import { defineAid } from '../aids/define.js';
import { colorsForced, createColorScheme } from './color-scheme.js';

/** Windows contrast themes: the system's colours win over schemes and filters, and the toolbar says so. */
export const UNDER_FORCED_COLORS = { reason: 'forcedColors', when: (doc: Document) => colorsForced(doc.defaultView ?? undefined) } as const;

export const colorSchemeAid = defineAid({
  id: 'colorScheme',
  keys: ['colorScheme'],
  engine: createColorScheme,
  group: 'color',
  controls: [{ key: 'colorScheme' }],
  shortcuts: [{ id: 'colorScheme', keys: 'Alt+Shift+Backquote' }],
  unavailable: UNDER_FORCED_COLORS,
});
