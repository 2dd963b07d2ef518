// The script-tag bundle: registers the elements, mounts the toolbar and publishes window.Reachable.
import '@reachable/elements';
import { boot } from './boot.js';

export type { ReachableGlobal } from './global.js';
export type { EmbedConfig } from './config.js';

if (typeof window !== 'undefined') {
  try {
    boot(window, document.currentScript);
  } catch (error) {
    // Whatever happens, the host page keeps working.
    console.error('[Reachable] could not start:', error);
  }
}
