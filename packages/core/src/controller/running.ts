import type { Reachable } from './controller.js';

/**
 * The controllers running for a document, oldest first. Kept on the document
 * under a global symbol, so every copy of Reachable on a page (the script tag,
 * the captions tag, the npm packages) sees the others'. A module of its own,
 * so finding a controller does not bring every engine along.
 */
const RUNNING = Symbol.for('reachable.controllers');

/** @internal The list itself, for createReachable() to add to and remove from. */
export const running = (doc: Document): Reachable[] => ((doc as Document & { [RUNNING]?: Reachable[] })[RUNNING] ??= []);

/**
 * The controller already running for a document (the oldest), if any:
 * elements and page code that were given none use it instead of starting a
 * second one, which would fight it over the same page.
 */
export function reachableFor(doc: Document = document): Reachable | undefined {
  return running(doc)[0];
}
