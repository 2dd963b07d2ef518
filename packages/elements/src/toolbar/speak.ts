// What the toolbar says, loaded with the first thing it says: Reachable's live regions and the
// texts of a change ("字体大小 150%"). The launcher's first file does not need them.
export { announce } from '@reachable/core/announce';
export { changeText } from './control-view.js';
