'use client';
import { createReachable, reachableFor, type Reachable } from '@reachable/core/controller';
import { createContext, createElement, useContext, type ReactElement, type ReactNode } from 'react';

const ReachableContext = createContext<Reachable | undefined>(undefined);

export interface ReachableProviderProps {
  /** The controller the hooks inside use. Without a provider they use the page's. */
  controller: Reachable | undefined;
  children?: ReactNode;
}

/** Gives the hooks inside it a controller of the app's own (say, one made with `createReachable({ features })`). */
export function ReachableProvider({ controller, children }: ReachableProviderProps): ReactElement {
  return createElement(ReachableContext.Provider, { value: controller }, children);
}

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
 * The controller this component works with: its `ReachableProvider`'s, else
 * the page's (made on first use if none runs). `undefined` on the server.
 */
export function useReachable(): Reachable | undefined {
  return useContext(ReachableContext) ?? pageReachable();
}
