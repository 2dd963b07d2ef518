import { adoptSheet } from '@reachable/core/dom';
import { LAUNCHER_CSS } from './launcher.styles.js';

// The international accessibility symbol; decorative, the button is named.
const ACCESS_ICON = 'M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm9 7h-6v13h-2v-6h-2v6H9V9H3V7h18v2Z';
const SVG = 'http://www.w3.org/2000/svg';

/**
 * The toolbar's shadow DOM before its panel has loaded, built with the DOM
 * alone (no lit, no HTML parsing, so Trusted Types need no policy for it):
 * the launcher button, a status line that says when the panel could not
 * load, and the container the panel renders into.
 */
export function createLauncher(root: ShadowRoot) {
  const doc = root.ownerDocument;
  adoptSheet(root, LAUNCHER_CSS);
  const element = <K extends keyof HTMLElementTagNameMap>(name: K, properties: Partial<HTMLElementTagNameMap[K]> = {}) =>
    Object.assign(doc.createElement(name), properties);
  const icon = doc.createElementNS(SVG, 'svg');
  const path = doc.createElementNS(SVG, 'path');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  icon.setAttribute('focusable', 'false');
  path.setAttribute('d', ACCESS_ICON);
  icon.append(path);
  const launcher = element('button', { className: 'launcher', type: 'button' });
  launcher.setAttribute('part', 'launcher');
  launcher.append(icon);
  // A live region from the first frame, empty (and so without a box) until there is something to say: one added with its text is often not read out.
  const failure = element('span', { id: 'failure', className: 'failure' });
  failure.setAttribute('role', 'status');
  const panelHost = element('div');
  const container = element('div');
  container.append(launcher, failure, panelHost);
  root.append(container);
  return { root: container, launcher, failure, panelHost };
}
