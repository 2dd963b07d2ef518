'use client';
import { createComponent, type EventName } from '@lit/react';
import { ReachAnnouncer as ReachAnnouncerElement, type ReachAnnounceEvent } from '@reachable/elements/announcer';
import * as React from 'react';

/**
 * `<reach-announcer>`: says its `message` to screen-reader users whenever it
 * changes; `onReachAnnounce` once it is in a live region.
 */
export const ReachAnnouncer = createComponent({
  react: React,
  tagName: 'reach-announcer',
  elementClass: ReachAnnouncerElement,
  events: {
    onReachAnnounce: 'reach-announce' as EventName<ReachAnnounceEvent>,
  },
  displayName: 'ReachAnnouncer',
});

export type ReachAnnouncerProps = React.ComponentProps<typeof ReachAnnouncer>;
