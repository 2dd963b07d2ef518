// The script-tag bundle: registers the elements and publishes window.Reachable.
import '@reachable/elements';
import { installGlobal } from './global.js';

export type { ReachableGlobal } from './global.js';

if (typeof window !== 'undefined') installGlobal(window);
