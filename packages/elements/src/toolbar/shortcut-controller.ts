import type { Reachable } from '@reachable/core/controller';
import { warn } from '@reachable/core/internal';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShortcutAction } from '../i18n/messages.js';
import { controlsOf, nextValue, unavailableReason, type Control } from './controls.js';
import { AID_SHORTCUTS, matches, parseCombo, resolveShortcuts, sendCommand, SHORTCUT_ACTIONS, type KeyCombo, type ShortcutMap } from './shortcuts.js';

/** Where the same keys edit text (or pick an option), so the shortcuts must not take them. */
const isEditable = (target: EventTarget | undefined) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    /^(textarea|select)$/.test(target.localName) ||
    (target instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset|range|color|file|image)$/.test(target.type)));

/** What the shortcuts do, in the toolbar. */
export interface ShortcutActions {
  /** The controller in use, settled (its owner may have destroyed the one found before). */
  reachable(): Reachable | undefined;
  toggle(): void;
  reset(): void;
  set(control: Control, value: number | boolean | string): void;
  /** Says why an aid cannot work here (the reason's text). */
  unavailable(reason: string): void;
}

export interface Shortcut {
  readonly action: ShortcutAction;
  /** As configured, e.g. `Alt+Shift+G`. */
  readonly text: string;
  readonly combo: KeyCombo;
}

/**
 * The toolbar's keyboard shortcuts on its document: the defaults with a
 * site's remapping, listened for while the toolbar is in the page. The
 * listener runs on every key press of the page, so it does nothing more than
 * a lookup until a shortcut matches.
 */
export class ShortcutController implements ReactiveController {
  #shortcuts: Shortcut[] = [];
  #warned = new Set<string>();

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #actions: ShortcutActions;

  constructor(host: ReactiveControllerHost & HTMLElement, actions: ShortcutActions) {
    this.#host = host;
    this.#actions = actions;
    host.addController(this);
  }

  /** Takes a configuration: `true` (defaults), `false` (none) or a remapping. Problems are warned about once each. */
  configure(config: boolean | ShortcutMap): void {
    const { shortcuts, problems } = resolveShortcuts(config);
    for (const problem of problems) {
      if (this.#warned.has(problem)) continue;
      this.#warned.add(problem);
      warn('R103', `<reach-toolbar> shortcuts: ${problem}; ignored.`);
    }
    this.#shortcuts = SHORTCUT_ACTIONS.flatMap((action) => {
      const text = shortcuts[action];
      const combo = text && parseCombo(text);
      return combo ? [{ action, text, combo }] : [];
    });
  }

  /** The shortcuts in force, for the help view. */
  get list(): Shortcut[] {
    return this.#shortcuts.filter(({ action }) => this.#inForce(action));
  }

  /** Whether a shortcut's aid is offered: the others' shortcuts are neither listed nor taken from the page. */
  #inForce(action: ShortcutAction): boolean {
    const aid = AID_SHORTCUTS.get(action)?.aid;
    return !aid || !!this.#actions.reachable()?.features.includes(aid.id);
  }

  /** An aid's shortcut changes its preference at once: a stepper steps, a switch flips, a choice moves on. */
  #run(action: ShortcutAction): void {
    if (action === 'toggle') return this.#actions.toggle();
    if (action === 'reset') return this.#actions.reset();
    const { aid, spec } = AID_SHORTCUTS.get(action)!;
    const reason = unavailableReason(aid, this.#host.ownerDocument);
    // It cannot work here (the system's colours win): say why rather than do nothing.
    if (reason) return this.#actions.unavailable(reason);
    if (spec.command) return void sendCommand(this.#host.ownerDocument, spec.id);
    const preferences = this.#actions.reachable()?.preferences.get();
    const control = controlsOf(aid).find((c) => c.name === (spec.control ?? c.name));
    if (control && preferences) this.#actions.set(control, nextValue(control, preferences, spec.step));
  }

  hostConnected(): void {
    this.#host.ownerDocument.addEventListener('keydown', this.#onKey);
  }

  hostDisconnected(): void {
    this.#host.ownerDocument.removeEventListener('keydown', this.#onKey);
  }

  readonly #onKey = (event: KeyboardEvent): void => {
    // Never while an input method is composing (Chinese, Japanese…), and never twice for one press.
    if (event.isComposing || event.defaultPrevented) return;
    const action = this.#shortcuts.find(({ combo }) => matches(combo, event))?.action;
    if (!action || !this.#inForce(action)) return;
    // In a text field only the toolbar's own shortcut works: the others may be the field's editing keys.
    if (action !== 'toggle' && isEditable(event.composedPath()[0])) return;
    event.preventDefault();
    // Held down, it acts once; the repeats are still the toolbar's, not the page's.
    if (!event.repeat) this.#run(action);
  };
}
