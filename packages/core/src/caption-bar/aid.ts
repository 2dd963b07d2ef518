import { defineAid } from '../aids/define.js';

export const captionBarAid = defineAid({
  id: 'captionBar',
  keys: ['captionBar', 'captionBarText', 'captionBarSize', 'captionBarPosition'],
  // Its engine (with the accessible-name library it shares with read-aloud) loads when first turned on.
  load: () => import('./caption-bar.js').then((m) => m.createCaptionBar),
  group: 'speech',
  controls: [
    { key: 'captionBar', icon: 'rows-2' },
    // Its settings show while it is on.
    { key: 'captionBarText', icon: 'languages', whenOn: true },
    { key: 'captionBarSize', icon: 'type', barMenu: true, whenOn: true },
    { key: 'captionBarPosition', icon: 'panel-bottom', whenOn: true },
  ],
  shortcuts: [{ id: 'captionBar', keys: 'Alt+Shift+6' }],
});
