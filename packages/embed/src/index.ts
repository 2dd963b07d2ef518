// The script tag's first file: starts Reachable on the page (the controller, the aids a returning
// visitor chose, the toolbar's launcher and shortcuts, window.Reachable). The toolbar's panel, each
// language, <reach-captions> and the other aids come later, from the same folder, when first wanted.
import { boot } from './boot.js';
import { publishRuntime } from './runtime.js';
import { firstFileAddress, ownScript } from './script-tag.js';

export type { ReachableGlobal } from './global.js';
export type { EmbedConfig } from './config.js';

if (typeof window !== 'undefined') {
  try {
    const script = ownScript() ?? null;
    publishRuntime(firstFileAddress((script as HTMLScriptElement | null)?.src || location.href));
    boot(window, script);
  } catch (error) {
    // Whatever happens, the host page keeps working.
    console.error('[Reachable] could not start:', error);
  }
}
