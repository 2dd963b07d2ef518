// Opens the audit panel when the page's address has ?reachable-audit (development only:
// import this from a dev entry point, never from what visitors load).
import { showAuditPanel } from './panel.js';

if (typeof location !== 'undefined' && /[?&]reachable-audit(=|&|$)/.test(location.search)) {
  const start = () => void showAuditPanel();
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
