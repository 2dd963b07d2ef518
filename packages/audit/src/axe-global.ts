// For dist/in-page.js only: axe-core is evaluated in the page on its own, from the
// axe-core package's axe.min.js, and found here as the global it defines. (Evaluated
// as its authors built it, it starts several times faster than bundled into ours.)
export default (globalThis as unknown as { axe: typeof import('axe-core') }).axe;
