import { defineAid } from '../aids/define.js';
import { createPageZoom } from './page-zoom.js';

export const pageZoomAid = defineAid({
  id: 'pageZoom',
  keys: ['pageZoom'],
  engine: createPageZoom,
  group: 'text',
  controls: [{ key: 'pageZoom', icon: 'zoom-in' }],
  shortcuts: [
    { id: 'zoomIn', keys: 'Alt+Shift+Equal', step: 1 },
    { id: 'zoomOut', keys: 'Alt+Shift+Minus', step: -1 },
  ],
});
