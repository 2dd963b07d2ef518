import type { Engine, EngineContext } from '../engine.js';
import type { PreferenceChanges, PreferenceKey, Preferences } from '../preferences/schema.js';
import type { GroupId } from './groups.js';

/**
 * What an aid's engine receives: the value of its one preference, or the
 * values of all of them (never for an aid whose keys are not known, which
 * takes any engine).
 */
export type AidValue<K extends readonly PreferenceKey[]> = K extends readonly [infer One extends PreferenceKey]
  ? Preferences[One]
  : number extends K['length']
    ? never
    : Pick<Preferences, K[number]>;

/**
 * A control the toolbar shows for an aid. Its kind, range, step and options
 * come from the preference's schema field: a flag is a switch, a range a
 * stepper, a choice a group of options; `presets` makes it a choice among
 * named sets of values instead.
 */
export type ControlSpec = {
  [K in PreferenceKey]: {
    /** The preference the control changes. */
    readonly key: K;
    /**
     * Its picture in the toolbar: the name of a Lucide icon (lucide.dev/icons,
     * e.g. `a-large-small`). The toolbar's icon set is generated from these
     * names (`pnpm docs:aids`), so the boot file carries names, not drawings.
     */
    readonly icon: string;
    /** The control's message name, when it is not the key (an aid with several controls). */
    readonly name?: string;
    /** One option of a choice, as a switch: on is this option, off the preference's default (关怀模式 is `preset: 'care'`). */
    readonly option?: Preferences[K] extends string ? Preferences[K] : never;
    /** One field of an object preference (captionStyle's `size`). */
    readonly field?: Preferences[K] extends object ? keyof Preferences[K] & string : never;
    /** Named values to choose from, each a part of the preference's object value. */
    readonly presets?: Preferences[K] extends object ? Readonly<Record<string, Partial<Preferences[K]>>> : never;
    /** Shown only while the aid is on (its first control away from its default): an aid's settings, out of the way until wanted. */
    readonly whenOn?: boolean;
    /** In the toolbar's bar, a range shown as a menu of its steps instead of − and + buttons: for ranges visited rarely (reading speed, caption size), so the bar stays one row. */
    readonly barMenu?: boolean;
    /** For a choice of colours: each option's text and background colour, drawn as a sample beside its name. */
    readonly swatches?: Readonly<Record<string, readonly [text: string, background: string, ...rest: string[]]>>;
  };
}[PreferenceKey];

/**
 * An action of an aid, with its keyboard shortcut. It works the aid's
 * control named `control` (default: its first): a stepper steps by `step`, a
 * switch flips, a choice moves to its next option. Or, with `command`, it is
 * something a visitor does that is not a preference (pause reading aloud):
 * the toolbar shows it as a button while `command.when` holds, and it reaches
 * the aid's engine as a `reach-command` event on the document (`detail:
 * { command: id }`). Keys are two modifiers and one key (docs/shortcuts.md).
 */
export interface ShortcutSpec {
  /** The action's name, which sites use to remap it (`{ fontUp: 'Alt+Shift+K' }`) and whose text each locale gives. */
  readonly id: string;
  /** The default keys, e.g. `Alt+Shift+ArrowUp`. */
  readonly keys: string;
  readonly control?: string;
  readonly step?: 1 | -1;
  /** A command for the engine, shown as a button with this icon (a Lucide name) while `when` holds. */
  readonly command?: { readonly icon: string; readonly when: (preferences: Readonly<Preferences>) => boolean };
}

/**
 * Everything about one aid, in one place: the controller, the toolbar, the
 * shortcuts, the locales' message types, the benchmarks and the table of aids
 * in docs/aids.md are derived from these entries (see `REGISTRY`).
 */
export interface AidDefinition<K extends readonly PreferenceKey[] = readonly PreferenceKey[]> {
  /** The aid's name in `features` (`createReachable`, `data-features`); by convention its main preference key. */
  readonly id: string;
  /** The preferences the aid owns; its engine receives all of them. */
  readonly keys: K;
  /**
   * Makes the engine that applies the aid to a document, for aids that must
   * apply before the page is first painted (a returning visitor's text size
   * or colours): it ships with the controller. Give this or `load`.
   */
  readonly engine?: (doc: Document, context?: EngineContext) => Engine<AidValue<K>>;
  /**
   * Loads the engine's factory when the aid is first turned on (a dynamic
   * `import()`), so a visitor who never uses the aid never downloads it.
   * Give this or `engine`, unless the aid only changes other aids (`changes`).
   */
  readonly load?: () => Promise<(doc: Document, context?: EngineContext) => Engine<AidValue<K>>>;
  /**
   * What a change of the aid's preferences changes besides, for an aid made
   * of other aids (a preset): given the valid changes and the preferences in
   * force, the changes to make instead, in one step (one write, one event).
   */
  readonly changes?: (changes: PreferenceChanges, preferences: Readonly<Preferences>, context: EngineContext) => PreferenceChanges;
  /** The toolbar group the aid's controls join (`GROUPS` gives their order and which start open). */
  readonly group: GroupId;
  readonly controls: readonly ControlSpec[];
  readonly shortcuts?: readonly ShortcutSpec[];
  /** Whether the aid means anything on this page now (caption styles need a video); controls are hidden when not. */
  readonly relevant?: (doc: Document) => boolean;
  /** When the aid cannot work here, and why: the toolbar then shows the reason's text instead of its controls. */
  readonly unavailable?: Unavailable;
  /**
   * CSS custom properties on the root element while the aid is on, for a
   * site's own CSS (charts, canvases, widgets that follow the visitor). Each
   * aid's keys are on the root as `data-reach-*` attributes anyway; these are
   * values a site would otherwise have to look up (a scheme's colours).
   */
  readonly properties?: readonly CssHook<K[number]>[];
}

/** A custom property a site's CSS can read while an aid is on, derived from one of the aid's preferences. */
export type CssHook<K extends PreferenceKey = PreferenceKey> = {
  [P in K]: {
    readonly name: `--reach-${string}`;
    readonly key: P;
    /** Its value for the preference's value. */
    readonly value: (value: Preferences[P]) => string;
    /** What it tells a site, for the table in docs/integration.md. */
    readonly about: string;
    /** Set by the aid's engine while Reachable applies the aid itself, so absent while the site honours it. */
    readonly byEngine?: true;
  };
}[K];

/** When an aid cannot work on a page, and why. */
export interface Unavailable {
  /** The reason's name, whose text each locale gives under `unavailable`. */
  readonly reason: string;
  readonly when: (doc: Document) => boolean;
  /**
   * Calls `changed` whenever `when` may have changed while the page is open
   * (the system's forced colours turned on, the page's policy refusing the
   * aid as it starts): the toolbar looks again. Returns how to stop.
   */
  readonly watch?: (doc: Document, changed: () => void) => () => void;
}

/** Declares an aid, keeping its literal names so that locales can be type-checked against it. */
export const defineAid = /* @__NO_SIDE_EFFECTS__ */ <const K extends readonly PreferenceKey[], const A extends AidDefinition<K>>(aid: A & { keys: K }): A => aid;
