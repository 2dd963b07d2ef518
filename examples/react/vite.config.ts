import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Only the built files are served (under /react/dist/, with a strict CSP):
// relative URLs, and no modulepreload polyfill script. Two pages: the sign-up
// form, and the donation form built with Ant Design (served with the one
// exception to the strict CSP that antd's run-time styles need: scripts/serve.mjs).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { index: 'index.html', antd: 'antd.html' },
    },
  },
});
