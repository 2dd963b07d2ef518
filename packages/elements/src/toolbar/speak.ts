// How the toolbar words a change ("字体大小 150%"), loaded with the first thing it says (with the
// announcer, see internal/announcer.ts). The launcher's first file does not need it.
export { changeText, withPresetNames } from './control-view.js';
