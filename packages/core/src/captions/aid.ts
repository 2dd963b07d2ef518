import { defineAid } from '../aids/define.js';
import { CAPTION_PRESETS } from './presets.js';

export const captionStyleAid = defineAid({
  id: 'captionStyle',
  keys: ['captionStyle'],
  // Only pages with videos need it: its engine loads when a caption style is first chosen.
  load: () => import('./style.js').then((m) => m.createCaptionStyle),
  group: 'captions',
  controls: [
    { key: 'captionStyle', name: 'captionSize', field: 'size', icon: 'captions', barMenu: true },
    { key: 'captionStyle', name: 'captionColors', icon: 'palette', presets: CAPTION_PRESETS },
  ],
  // Caption controls only where there is a video to caption.
  relevant: (doc) => !!doc.querySelector('video'),
});
