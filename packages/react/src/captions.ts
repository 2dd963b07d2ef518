'use client';
import { createComponent } from '@lit/react';
import { ReachCaptions as ReachCaptionsElement } from '@reachable/elements/captions';
import * as React from 'react';

/** `<reach-captions>`: its child `<video>`'s captions in the visitor's caption style. It fires no events. */
export const ReachCaptions = createComponent({
  react: React,
  tagName: 'reach-captions',
  elementClass: ReachCaptionsElement,
  displayName: 'ReachCaptions',
});

export type ReachCaptionsProps = React.ComponentProps<typeof ReachCaptions>;
