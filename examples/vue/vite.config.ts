import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Only the built files are served (under /vue/dist/, with a strict CSP):
// relative URLs, and no modulepreload polyfill script.
export default defineConfig({
  base: './',
  plugins: [vue()],
  build: {
    outDir: 'dist',
    modulePreload: { polyfill: false },
  },
});
