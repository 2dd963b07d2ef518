import { defineConfig } from 'vite';

// Only the built files are served (under /themes/dist/, with a strict CSP): relative URLs, no modulepreload
// polyfill script, and every page's CSS (the library's and its recipe) extracted into files.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { index: 'index.html', bootstrap: 'bootstrap.html', layui: 'layui.html' },
    },
  },
});
