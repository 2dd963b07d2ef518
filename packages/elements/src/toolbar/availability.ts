import { REGISTRY, type AidDefinition, type Unavailable } from '@reachable/core/aids';
import { DEFAULT_PREFERENCES, type Preferences } from '@reachable/core/preferences';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface AvailabilityOptions {
  /** The visitor's preferences and the aids offered, when the toolbar has a controller. */
  state(): { preferences: Readonly<Preferences>; features: readonly string[] } | undefined;
  /** An offered aid the visitor has on can no longer work here: say why. */
  unavailable(reason: string): void;
}

/**
 * Follows the aids whose availability can change while the page is open (the
 * system's forced colours turned on, the page's policy refusing the large
 * cursor as it starts): the toolbar renders again, and the visitor is told
 * when an aid they have on stops working, once per reason.
 */
export class AvailabilityController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: AvailabilityOptions;
  #stops: (() => void)[] = [];
  readonly #said = new Set<string>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: AvailabilityOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    const doc = this.#host.ownerDocument;
    this.#stops = REGISTRY.flatMap((aid) => {
      const unavailable = (aid as AidDefinition).unavailable;
      return unavailable?.watch ? [unavailable.watch(doc, () => this.#changed(aid, unavailable))] : [];
    });
  }

  hostDisconnected(): void {
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }

  #changed(aid: AidDefinition, { reason, when }: Unavailable): void {
    this.#host.requestUpdate();
    const state = this.#options.state();
    const on = state?.features.includes(aid.id) && aid.keys.some((key) => state.preferences[key] !== DEFAULT_PREFERENCES[key]);
    if (!on || !when(this.#host.ownerDocument) || this.#said.has(reason)) return;
    // Aids that share a reason (colour schemes and filters) change together: one announcement.
    this.#said.add(reason);
    setTimeout(() => this.#said.delete(reason));
    this.#options.unavailable(reason);
  }
}
