import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Only the built files are served (under /react/dist/, with a strict CSP):
// relative URLs, and no modulepreload polyfill script.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    modulePreload: { polyfill: false },
  },
});
