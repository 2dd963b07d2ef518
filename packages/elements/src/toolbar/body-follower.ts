import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Pages that navigate by swapping their whole <body> (Turbo, and others) take
 * the toolbar out with the old one: it moves into the new body, and takes the
 * place of a copy of itself that came with it (a cached page), when
 * `replaces(copy)` says the copy is one it may replace. Only a toolbar placed
 * right in <body> (as the script tag does) follows; one inside an app's tree
 * is the app's to move. Removed on purpose, from a body still in the page, it
 * stays out.
 */
export class BodyFollower implements ReactiveController {
  /** The <body> the host was in. */
  #home?: HTMLElement;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #replaces: (copy: Element) => boolean;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    replaces: (copy: Element) => boolean,
  ) {
    this.#host = host;
    this.#replaces = replaces;
    host.addController(this);
  }

  hostConnected(): void {
    const body = this.#host.ownerDocument.body;
    this.#home = this.#host.parentNode === body ? body : undefined;
  }

  hostDisconnected(): void {
    // After the swap has finished: the new body is in place by then.
    queueMicrotask(() => this.#follow());
  }

  #follow(): void {
    const host = this.#host;
    const home = this.#home;
    const body = host.ownerDocument.body;
    if (host.isConnected || !home || home.isConnected || !body) return;
    const copy = body.querySelector(host.localName);
    if (!copy) body.append(host);
    else if (this.#replaces(copy)) copy.replaceWith(host);
  }
}
