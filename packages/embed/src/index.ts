// The script-tag bundle: registers the announcer and toolbar elements (<reach-captions> comes
// with the optional captions bundle), mounts the toolbar and publishes window.Reachable.
import '@reachable/elements/announcer';
import '@reachable/elements/toolbar';
import { boot } from './boot.js';

export type { ReachableGlobal } from './global.js';
export type { EmbedConfig } from './config.js';

if (typeof window !== 'undefined') {
  try {
    // currentScript is null in a module script or when a loader (Rocket Loader) runs the file: find the tag by its name.
    const tag =
      document.currentScript ?? [...document.scripts].find((s) => /@reachable\/embed(@[^/]*)?\/?([?#]|$)|\/reachable(\.min)?\.js([?#]|$)/.test(s.src));
    boot(window, tag ?? null);
  } catch (error) {
    // Whatever happens, the host page keeps working.
    console.error('[Reachable] could not start:', error);
  }
}
