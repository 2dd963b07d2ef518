import type { Reachable as Controller } from '@reachable/core/controller';
import type { Plugin } from 'vue';
import { ReachAnnouncer } from './announcer.js';
import { ReachCaptions } from './captions.js';
import { REACHABLE_KEY } from './reachable.js';
import { ReachToolbar } from './toolbar.js';

export interface ReachablePluginOptions {
  /** The controller the app's components and composables use. Default: the page's (made on first use if none runs). */
  controller?: Controller;
}

/**
 * `app.use(Reachable)`: registers `<ReachToolbar>`, `<ReachAnnouncer>` and
 * `<ReachCaptions>` (also written `<reach-toolbar>`, … in templates) for the
 * whole app and, given a controller, provides it to `useReachable()` and
 * `usePreference()`.
 */
export const Reachable: Plugin<[ReachablePluginOptions?]> = {
  install(app, options = {}) {
    app.component('ReachToolbar', ReachToolbar);
    app.component('ReachAnnouncer', ReachAnnouncer);
    app.component('ReachCaptions', ReachCaptions);
    if (options.controller) app.provide(REACHABLE_KEY, options.controller);
  },
};

declare module 'vue' {
  interface GlobalComponents {
    ReachToolbar: typeof ReachToolbar;
    ReachAnnouncer: typeof ReachAnnouncer;
    ReachCaptions: typeof ReachCaptions;
  }
}
