import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Only the built files are served (under /vue/dist/, with a strict CSP):
// relative URLs, and no modulepreload polyfill script. Two pages: the sign-up
// form, and the donation form built with Element Plus.
export default defineConfig({
  base: './',
  plugins: [vue()],
  build: {
    outDir: 'dist',
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { index: 'index.html', donate: 'donate.html' },
    },
  },
});
