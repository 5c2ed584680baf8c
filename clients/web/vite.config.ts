import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The attendee app and host console. The Live server serves dist/; in development Vite proxies to it.
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://127.0.0.1:5080',
      '/hubs': { target: 'http://127.0.0.1:5080', ws: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
  test: { environment: 'jsdom' },
});
