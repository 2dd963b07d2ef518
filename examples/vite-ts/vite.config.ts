import { defineConfig } from 'vite';

// Only the built files are served (under /vite-ts/dist/, with a strict CSP):
// relative URLs, and no modulepreload polyfill script.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    modulePreload: { polyfill: false },
  },
});
