// In an app this is `import { announce } from '@reachable/core'`; here the built file is served directly.
import { announce } from '/packages/core/dist/index.js';

let places = 5;
document.getElementById('join').addEventListener('click', () => {
  if (places === 0) {
    announce('The Saturday shift is full.', { politeness: 'assertive' });
    return;
  }
  places -= 1;
  document.getElementById('places').textContent = String(places);
  announce(`You joined the Saturday shift. ${places} places left.`);
});

// Say "Saving…" only if saving takes a while, and drop it once it is done.
document.getElementById('slow').addEventListener('click', async () => {
  const saving = new AbortController();
  announce('Saving…', { delay: 1000, signal: saving.signal });
  await new Promise((resolve) => setTimeout(resolve, 2500));
  saving.abort();
  announce('Saved.');
});
