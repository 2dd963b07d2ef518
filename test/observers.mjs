// Counts live observers, so "no observer while off" is measured, not assumed.
// Self-contained: the benchmark passes it to Playwright's addInitScript, and the
// browser tests call it in their page.

/**
 * From now on, counts the MutationObserver, ResizeObserver and
 * IntersectionObserver instances that observe and have not disconnected.
 * Returns `{ live, baseline, restore }`: `live()` counts from the last
 * `baseline()` (so the caller's own observers are left out), `restore()` puts
 * the original classes back. Also published as `window.__observers`.
 */
export function countObservers() {
  const live = new Set();
  const originals = {};
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
    const Original = (originals[name] = window[name]);
    window[name] = class extends Original {
      observe(...args) {
        live.add(this);
        return super.observe(...args);
      }
      disconnect() {
        live.delete(this);
        return super.disconnect();
      }
    };
  }
  let from = 0;
  const counter = {
    live: () => live.size - from,
    baseline: () => void (from = live.size),
    restore: () => Object.assign(window, originals),
  };
  window.__observers = counter;
  return counter;
}
