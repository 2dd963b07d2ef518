import { defineAid } from '../aids/define.js';
import { CAPTION_PRESETS, createCaptionStyle } from './style.js';

export const captionStyleAid = defineAid({
  id: 'captionStyle',
  keys: ['captionStyle'],
  engine: createCaptionStyle,
  group: 'captions',
  controls: [
    { key: 'captionStyle', name: 'captionSize', field: 'size' },
    { key: 'captionStyle', name: 'captionColors', presets: CAPTION_PRESETS },
  ],
  // Caption controls only where there is a video to caption.
  relevant: (doc) => !!doc.querySelector('video'),
});
