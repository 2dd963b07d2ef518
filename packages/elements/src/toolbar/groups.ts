import { GROUPS as REGISTRY_GROUPS, REGISTRY, type Aid, type AidDefinition } from '@reachable/core/aids';
import { DEFAULT_PREFERENCES, type Preferences } from '@reachable/core/preferences';
import type { CommandAction, Messages } from '../i18n/messages.js';
import type { PresetDefinition } from '@reachable/core/presets';
import { controlsOf, unavailableReason, type Control } from './controls.js';
import { presetControls } from './presets.js';

/** A toolbar group: its id (`text`, `color`…), whether it starts open in the launcher's panel, and its aids in registry order. */
export interface Group {
  readonly id: string;
  readonly open: boolean;
  readonly aids: readonly Aid[];
}

/** The toolbar's groups, in the registry's order. */
export const GROUPS: readonly Group[] = REGISTRY_GROUPS.map((group) => ({ ...group, aids: REGISTRY.filter((aid) => aid.group === group.id) }));

/** What a group shows on this page now. */
export interface Offered {
  /** The group's name in the toolbar's language. */
  readonly name: string;
  /** Why some offered aids cannot work here: one note per reason (colour schemes and filters give way to the system's colours together). */
  readonly notes: readonly string[];
  /** The controls of the aids that can. */
  readonly controls: readonly Control[];
  /** The commands those aids offer now (pause reading aloud while it reads). */
  readonly commands: readonly Command[];
}

/** A command of an aid: a button that sends its engine `reach-command`. */
export interface Command {
  readonly id: CommandAction;
  readonly icon: string;
}

/**
 * A group's offered aids (in registry order). An aid that means nothing on
 * this page (caption styles without a video) is left out; one that cannot
 * work here (colours under the system's forced colours) gives way to a note
 * saying why; an aid's settings show only while it is on. Relevance is
 * looked for only while the toolbar shows: it re-renders hidden on every
 * preference change. Undefined when nothing is offered.
 */
export function offered(
  group: Group,
  {
    doc,
    open,
    features,
    text,
    preferences,
    presets = {},
  }: { doc: Document; open: boolean; features: readonly string[]; text: Messages; preferences?: Readonly<Preferences>; presets?: Readonly<Record<string, PresetDefinition>> },
): Offered | undefined {
  const aids = group.aids.filter((aid) => features.includes(aid.id) && (!(aid as AidDefinition).relevant || (open && (aid as AidDefinition).relevant!(doc))));
  if (!aids.length) return undefined;
  const reasons = aids.map((aid) => unavailableReason(aid, doc));
  const working = aids.filter((_, i) => !reasons[i]) as readonly AidDefinition[];
  return {
    name: (text.groups as Record<string, string>)[group.id]!,
    notes: [...new Set(reasons.flatMap((reason) => (reason ? [(text.unavailable as Record<string, string>)[reason]!] : [])))],
    commands: working.flatMap((aid) =>
      (aid.shortcuts ?? []).flatMap(({ id, command }) => (command && preferences && command.when(preferences) ? [{ id: id as CommandAction, icon: command.icon }] : [])),
    ),
    controls: aids.filter((_, i) => !reasons[i]).flatMap((aid) => {
      // An aid's settings (`whenOn`) show while its first control is away from its default.
      const [first, ...rest] = aid.id === 'preset' ? presetControls(aid, presets) : controlsOf(aid);
      const on = !!preferences && first!.value(preferences) !== first!.value(DEFAULT_PREFERENCES);
      return [first!, ...rest.filter((control) => on || !control.whenOn)];
    }),
  };
}
