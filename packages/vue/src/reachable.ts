import { createReachable, reachableFor, type Reachable } from '@reachable/core/controller';
import { hasInjectionContext, inject, type InjectionKey } from 'vue';

/** What `app.use(Reachable, { controller })` provides to the app. */
export const REACHABLE_KEY: InjectionKey<Reachable | undefined> = Symbol('reachable');

/**
 * The page's controller: the one already running for the document (the
 * script tag's, a toolbar's, an earlier call's), else one made now and kept
 * for the life of the page. Never a second: two would fight over the page.
 */
function pageReachable(): Reachable | undefined {
  if (typeof document === 'undefined') return undefined; // server-side rendering
  return reachableFor(document) ?? createReachable();
}

/**
 * The controller to work with: the app's (`app.use(Reachable, { controller })`),
 * else the page's (made on first use if none runs). `undefined` on the server.
 */
export function useReachable(): Reachable | undefined {
  return (hasInjectionContext() ? inject(REACHABLE_KEY, undefined) : undefined) ?? pageReachable();
}
