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
  properties: [
    { name: '--reach-page-zoom', key: 'pageZoom', value: String, about: __DEV__ ? 'The page zoom factor.' : '' },
    {
      name: '--reach-unzoom',
      key: 'pageZoom',
      value: (zoom) => String(1 / zoom),
      about: __DEV__ ? 'What undoes the zoom (`zoom: var(--reach-unzoom, 1)`), for a fixed widget that must keep its size.' : '',
      byEngine: true,
    },
  ],
});
