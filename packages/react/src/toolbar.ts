'use client';
import { createComponent, type EventName } from '@lit/react';
import { ReachToolbar as ReachToolbarElement, type ReachCloseEvent, type ReachOpenEvent } from '@reachable/elements/toolbar';
import * as React from 'react';

/**
 * `<reach-toolbar>`: the accessibility toolbar. Give it the app's controller
 * (`controller={useReachable()}`) so the toolbar and the app share the
 * visitor's preferences; `onReachOpen` and `onReachClose` follow its panel.
 */
export const ReachToolbar = createComponent({
  react: React,
  tagName: 'reach-toolbar',
  elementClass: ReachToolbarElement,
  events: {
    onReachOpen: 'reach-open' as EventName<ReachOpenEvent>,
    onReachClose: 'reach-close' as EventName<ReachCloseEvent>,
  },
  displayName: 'ReachToolbar',
});

export type ReachToolbarProps = React.ComponentProps<typeof ReachToolbar>;
