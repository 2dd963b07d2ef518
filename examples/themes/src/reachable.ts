import { createReachable } from '@reachable/core';
import '@reachable/elements/toolbar';

// The page's recipe CSS takes the visitor's colour scheme from the hooks, so Reachable applies no colours of its
// own: it sets data-reach-color-scheme and --reach-fg/bg/link/focus on <html>, and the recipe does the rest.
const reachable = createReachable({ honours: { colorScheme: true } });
const toolbar = document.createElement('reach-toolbar');
toolbar.controller = reachable; // set before it is connected, so it never makes its own
toolbar.position = 'bottom-left';
document.body.append(toolbar);
