// In an app: import { createReachable } from '@reachable/core'; here the built file is served directly.
import { createReachable } from '/packages/core/dist/index.js';

const reachable = createReachable();
const { preferences } = reachable;
const $ = (id) => document.getElementById(id);
const percent = (value) => `${Math.round(value * 100)}%`;
const step = (key, delta, max) => {
  const next = Math.round((preferences.get()[key] + delta) * 100) / 100;
  preferences.set({ [key]: Math.min(max, Math.max(1, next)) });
};

function render(prefs) {
  $('font-value').value = percent(prefs.fontScale);
  $('zoom-value').value = percent(prefs.pageZoom);
  $('spacing').setAttribute('aria-pressed', String(prefs.textSpacing));
}

$('font-up').addEventListener('click', () => step('fontScale', 0.25, 3));
$('font-down').addEventListener('click', () => step('fontScale', -0.25, 3));
$('zoom-up').addEventListener('click', () => step('pageZoom', 0.25, 3));
$('zoom-down').addEventListener('click', () => step('pageZoom', -0.25, 3));
$('spacing').addEventListener('click', () => preferences.set({ textSpacing: !preferences.get().textSpacing }));
$('reset').addEventListener('click', () => preferences.reset());

preferences.subscribe(render);
render(preferences.get());
