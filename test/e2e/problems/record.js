// Put first in every page's <head> by the end-to-end tests' server: records what
// would reach a developer's console — console errors and warnings, uncaught
// exceptions and rejections, files that failed to load, CSP violations — in the
// page itself, so that every engine reports them alike (classic WebDriver, which
// drives WebKit, can read neither the console nor run a script before the page's own).
(() => {
  const seen = [];
  Object.defineProperty(window, Symbol.for('reachable.e2e.problems'), { value: seen });
  const text = (args) => args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' ');
  for (const [method, type] of [
    ['error', 'error'],
    ['warn', 'warning'],
  ]) {
    const original = console[method];
    console[method] = function (...args) {
      seen.push(`${type}: ${text(args)}`);
      return original.apply(this, args);
    };
  }
  addEventListener(
    'error',
    (event) => {
      if (event.target === window) seen.push(`exception: ${event.error instanceof Error ? event.error.message : event.message}`);
      else seen.push(`error: could not load ${event.target.src || event.target.href || event.target.localName}`);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => seen.push(`exception: ${event.reason instanceof Error ? event.reason.message : event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) => seen.push(`error: CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
})();
