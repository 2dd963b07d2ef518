// A canvas chart that follows the visitor: the colours of their scheme and their text size,
// read from Reachable's CSS hooks and redrawn whenever their choices change.
const MONTHS = [
  ['1月 Jan', 12], ['2月 Feb', 18], ['3月 Mar', 9], ['4月 Apr', 22], ['5月 May', 16], ['6月 Jun', 27],
];

const canvas = document.getElementById('chart');
document.querySelector('#chart-data tbody').append(
  ...MONTHS.map(([month, value]) => {
    const row = document.createElement('tr');
    for (const text of [month, String(value)]) row.append(Object.assign(document.createElement('td'), { textContent: text }));
    return row;
  }),
);

function draw() {
  // The site's tokens, which its CSS points at the visitor's scheme while one is chosen.
  const style = getComputedStyle(document.documentElement);
  const [text, background, bar] = ['--text', '--bg', '--accent'].map((name) => style.getPropertyValue(name).trim());
  const scale = Number(style.getPropertyValue('--reach-font-scale')) || 1;
  const context = canvas.getContext('2d');
  const { width, height } = canvas;
  const label = Math.round(13 * scale);
  const base = height - label * 2;
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  context.font = `${label}px system-ui, sans-serif`;
  context.textAlign = 'center';
  const step = width / MONTHS.length;
  MONTHS.forEach(([month, value], i) => {
    const top = base - (value / 30) * (base - label * 2);
    context.fillStyle = bar;
    context.fillRect(i * step + step * 0.2, top, step * 0.6, base - top);
    context.fillStyle = text;
    context.fillText(String(value), i * step + step / 2, top - label * 0.4);
    context.fillText(month.split(' ')[0], i * step + step / 2, base + label * 1.4);
  });
}

draw();
// The script tag's window.Reachable; from npm, the controller createReachable() returned.
window.Reachable?.preferences.subscribe((_, changed) => {
  if (changed.includes('colorScheme') || changed.includes('fontScale')) draw();
});
