import { destroyAnnouncer } from './announcer.js';
import { createReachable, reachableFor } from '@reachable/core/controller';
import { warn } from '@reachable/core/internal';
import { ReachAnnouncer } from '@reachable/elements/announcer/element';
import { defineElement } from '@reachable/elements/internal';
import { ReachToolbar } from '@reachable/elements/toolbar/element';
import { readConfig } from './config.js';
import { createGlobal, mayStart } from './global.js';

/**
 * Starts Reachable on this page: reads the configuration, creates the
 * controller (aids apply once the document is parsed), publishes
 * `window.Reachable` at once so page scripts can use it, and mounts the
 * toolbar as soon as there is a body. Works with defer, async, in <head> or
 * at the end of <body>, before or after DOMContentLoaded.
 */
export function boot(win: Window, script: HTMLOrSVGScriptElement | null): void {
  // Another copy runs: this one registers nothing either, so the page hears one warning, not one per element.
  if (!mayStart(win)) return;
  defineElement('reach-announcer', ReachAnnouncer);
  defineElement('reach-toolbar', ReachToolbar);
  const doc = win.document;
  const config = readConfig(script, win.ReachableConfig);
  // With the npm packages already running on the page, use their controller: two would fight over the page.
  const running = reachableFor(doc);
  const controller = running ?? createReachable({ document: doc, features: config.features, storageKey: config.storageKey, speech: config.speech, honours: config.honours, presets: config.presets });
  const toolbar = doc.createElement('reach-toolbar') as ReachToolbar;
  Object.assign(toolbar, {
    controller,
    layout: config.layout,
    position: config.position,
    offset: config.offset,
    zIndex: config.zIndex,
    shortcuts: config.shortcuts,
    messages: config.messages,
    open: config.open,
  });
  if (config.lang !== 'auto') toolbar.lang = config.lang;

  const mount = () => {
    if (doc.querySelector('reach-toolbar')) {
      warn('R112', 'The page already has a <reach-toolbar>; the script tag did not add another.');
      return;
    }
    doc.body.append(toolbar);
  };
  if (doc.body) mount();
  else doc.addEventListener('DOMContentLoaded', mount, { once: true });
  // <reach-captions> on the page: its element is loaded (with the captions tag, or the npm package, it is already defined).
  const captions = () => {
    if (doc.querySelector('reach-captions') && !customElements.get('reach-captions')) {
      import('@reachable/elements/captions').catch((error) => warn('R105', 'could not load <reach-captions>.', error));
    }
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', captions, { once: true });
  else captions();

  // The page's own <reach-toolbar>, if it has one, is the one to open.
  const shown = () => (toolbar.isConnected ? toolbar : (doc.querySelector('reach-toolbar') ?? toolbar));
  const global = createGlobal({
    controller,
    open: () => shown().show(),
    close: () => shown().hide(),
    destroy() {
      doc.removeEventListener('DOMContentLoaded', mount);
      doc.removeEventListener('DOMContentLoaded', captions);
      toolbar.remove();
      if (!running) controller.destroy();
      destroyAnnouncer();
      if (win.Reachable === global) delete win.Reachable;
    },
  });
  win.Reachable = global;
}
