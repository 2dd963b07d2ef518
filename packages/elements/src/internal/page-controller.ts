import { reachableFor, type Reachable } from '@reachable/core/controller';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PageControllerOptions {
  /** The controller the element was given, if any: it always wins. */
  given(): Reachable | undefined;
  /** Whether the page's running controller will do (say, it offers the aid the element shows). Default: yes. */
  accepts?(running: Reachable): boolean;
  /** Makes the element's own controller when the page has none; without it the element does without. */
  create?(): Reachable;
}

/**
 * Which Reachable controller an element works with: the one it was given,
 * else the one already running for its document (a second would fight it
 * over the same page: a second toolbar, the captions tag next to the script
 * tag), else one of its own. It is settled before each update, so a
 * controller a framework sets right after connecting is the one used; a
 * found controller is let go of when its owner destroys it, and another
 * found. The host re-renders on every preference change of the controller
 * in use. Its own controller is destroyed when the element leaves the page
 * (not when it only moves).
 */
export class PageController implements ReactiveController {
  #own?: Reachable;
  #found?: Reachable;
  #followed?: Reachable;
  #unsubscribe?: () => void;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: PageControllerOptions;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: PageControllerOptions,
  ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The controller in use, if any. */
  get reachable(): Reachable | undefined {
    return this.#options.given() ?? this.#own ?? this.#found;
  }

  /** The controller in use, or the one the element will settle on (a copy just inserted has not yet). */
  get expected(): Reachable | undefined {
    return this.reachable ?? this.#running();
  }

  #running(): Reachable | undefined {
    const running = reachableFor(this.#host.ownerDocument);
    return running && (this.#options.accepts?.(running) ?? true) ? running : undefined;
  }

  /** Settles the controller and follows its changes. Cheap when nothing changed. */
  settle(): void {
    // A found controller stays the page's first until its owner destroys it: then find again.
    if (this.#found && reachableFor(this.#host.ownerDocument) !== this.#found) this.#found = undefined;
    if (this.#options.given()) {
      this.#own?.destroy();
      this.#own = this.#found = undefined;
    } else if (!this.#own && !this.#found && this.#host.isConnected) {
      this.#found = this.#running();
      if (!this.#found) this.#own = this.#options.create?.();
    }
    if (this.#followed === this.reachable) return;
    this.#unsubscribe?.();
    this.#followed = this.reachable;
    this.#unsubscribe = this.#followed?.preferences.subscribe(() => this.#host.requestUpdate());
  }

  hostConnected(): void {
    // Settled at the next update, so a controller set right after connecting is the one used.
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    this.settle();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#followed = undefined;
    queueMicrotask(() => {
      // Moved (by the page, or following its body) it keeps its controller; removed, it lets go of it.
      if (this.#host.isConnected) return;
      this.#own?.destroy();
      this.#own = this.#found = undefined;
    });
  }
}
