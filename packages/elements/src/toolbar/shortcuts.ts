import { REGISTRY, type Aid, type AidDefinition, type ShortcutSpec } from '@reachable/core/aids';
import type { ShortcutAction } from '../i18n/messages.js';

const shortcutsOf = (aid: Aid): readonly ShortcutSpec[] => (aid as AidDefinition).shortcuts ?? [];

/**
 * Keyboard shortcuts, modelled on the Chinese government toolbar convention
 * (Alt+G open, Alt+0 reset, Alt+↑/↓ text size) with Shift added: plain
 * Alt+letter opens menus on Windows and plain Alt+digit switches tabs in
 * Chrome on Linux. Every shortcut needs two modifiers, so none is a single
 * key, and none collides with NVDA, JAWS, VoiceOver or Narrator (they use
 * Insert, Caps Lock or Control+Option). Keys are physical (`KeyboardEvent.code`),
 * so they work in every keyboard layout and with an input method on.
 */
export const DEFAULT_SHORTCUTS = {
  toggle: 'Alt+Shift+G',
  reset: 'Alt+Shift+0',
  ...Object.fromEntries(REGISTRY.flatMap((aid) => shortcutsOf(aid).map(({ id, keys }) => [id, keys]))),
} as Readonly<Record<ShortcutAction, string>>;

/** Sends an aid's engine a command (pause reading aloud): `reach-command` on the document. */
export const sendCommand = (doc: Document, command: string): boolean => doc.dispatchEvent(new CustomEvent('reach-command', { detail: { command } }));

/** Every action, the toolbar's own first, then the aids' in registry order. */
export const SHORTCUT_ACTIONS = Object.keys(DEFAULT_SHORTCUTS) as ShortcutAction[];

/** The aid shortcut behind each action (toggle and reset are the toolbar's own). */
export const AID_SHORTCUTS: ReadonlyMap<ShortcutAction, { readonly aid: Aid; readonly spec: ShortcutSpec }> = new Map(
  REGISTRY.flatMap((aid) => shortcutsOf(aid).map((spec) => [spec.id as ShortcutAction, { aid, spec }] as const)),
);

export interface KeyCombo {
  alt: boolean;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  /** `KeyboardEvent.code`, e.g. `KeyG`, `Digit0`, `ArrowUp`. */
  code: string;
}

const MODIFIERS: Record<string, keyof Omit<KeyCombo, 'code'>> = {
  alt: 'alt',
  option: 'alt',
  ctrl: 'ctrl',
  control: 'ctrl',
  meta: 'meta',
  cmd: 'meta',
  command: 'meta',
  shift: 'shift',
};

/** `'Alt+Shift+G'` → a combo; undefined unless it has two modifiers and one key. */
export function parseCombo(text: string): KeyCombo | undefined {
  const parts = text.split('+').map((part) => part.trim());
  const key = parts.pop();
  const combo: KeyCombo = { alt: false, ctrl: false, meta: false, shift: false, code: '' };
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (!modifier || combo[modifier]) return undefined;
    combo[modifier] = true;
  }
  if (!key || parts.length < 2) return undefined;
  combo.code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^\d$/.test(key) ? `Digit${key}` : key;
  return /^(Key[A-Z]|Digit\d|Arrow(Up|Down|Left|Right)|Equal|Minus|Backquote|Comma|Period|Slash|F\d{1,2})$/.test(combo.code) ? combo : undefined;
}

export const matches = (combo: KeyCombo, event: KeyboardEvent) =>
  event.code === combo.code &&
  event.altKey === combo.alt &&
  event.ctrlKey === combo.ctrl &&
  event.metaKey === combo.meta &&
  event.shiftKey === combo.shift;

/** How a combo is shown to people: `Alt + Shift + ↑`. */
export function describeCombo(text: string): string {
  return text
    .split('+')
    .map((part) => ({ ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Equal: '=', Minus: '-', Backquote: '`' })[part.trim()] ?? part.trim())
    .join(' + ');
}

/** A site's shortcut configuration: an action's combo, or `false` / `'off'` to remove it. */
export type ShortcutMap = Partial<Record<ShortcutAction, string | false>>;

/**
 * The shortcuts in force: the defaults with a site's remapping, or none.
 * Returns the map and a list of problems (for one warning each).
 */
export function resolveShortcuts(config: boolean | ShortcutMap | undefined): {
  shortcuts: Partial<Record<ShortcutAction, string>>;
  problems: string[];
} {
  if (config === false) return { shortcuts: {}, problems: [] };
  const shortcuts: Partial<Record<ShortcutAction, string>> = { ...DEFAULT_SHORTCUTS };
  const problems: string[] = [];
  if (config && typeof config === 'object') {
    for (const [action, combo] of Object.entries(config)) {
      if (!SHORTCUT_ACTIONS.includes(action as ShortcutAction)) {
        problems.push(`unknown shortcut action "${action}" (accepted: ${SHORTCUT_ACTIONS.join(', ')})`);
      } else if (combo === false || combo === 'off') {
        delete shortcuts[action as ShortcutAction];
      } else if (typeof combo !== 'string' || !parseCombo(combo)) {
        problems.push(`shortcut "${String(combo)}" for ${action} needs two modifiers and one key, like "Alt+Shift+G"`);
      } else shortcuts[action as ShortcutAction] = combo;
    }
  }
  // One key for two actions: a site's own choice wins over a default, then the first in the list.
  const taken = new Map<string, ShortcutAction>();
  const chosen = (action: ShortcutAction) => config && typeof config === 'object' && action in config;
  for (const action of [...SHORTCUT_ACTIONS.filter(chosen), ...SHORTCUT_ACTIONS.filter((a) => !chosen(a))]) {
    const combo = shortcuts[action] && parseCombo(shortcuts[action]!);
    if (!combo) continue;
    const key = JSON.stringify(combo);
    const owner = taken.get(key);
    if (owner) {
      problems.push(`shortcut "${shortcuts[action]}" for ${action} is already the shortcut for ${owner}`);
      delete shortcuts[action];
    } else taken.set(key, action);
  }
  return { shortcuts, problems };
}
