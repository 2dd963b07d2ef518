// Reachable's elements in JSX. React 19 sets these props as properties of the
// element (an object such as `controller` cannot be an attribute).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ReachAnnouncer } from '@reachable/elements/announcer';
import type { ReachToolbar } from '@reachable/elements/toolbar';

type ElementProps<E, K extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> & Partial<Pick<E, K>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'reach-toolbar': ElementProps<ReachToolbar, 'controller' | 'layout' | 'position' | 'open'>;
      'reach-announcer': ElementProps<ReachAnnouncer, 'message' | 'politeness' | 'delay'>;
    }
  }
}
