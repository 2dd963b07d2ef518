// Opens the audit panel when the page's address has ?reachable-audit (development only:
// import this from a dev entry point, never from what visitors load).
import { showAuditPanel } from './panel.js';

const value = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('reachable-audit');
if (value !== null) {
  // ?reachable-audit=zh-TW picks the panel's language; without one (or with =1) it follows the page's.
  const lang = value && value !== '1' ? value : undefined;
  const start = () => void showAuditPanel({ lang });
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
