import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Served by the Live server under /screen; in development Vite proxies the API and hub to it.
export default defineConfig({
  base: '/screen/',
  plugins: [react()],
  server: {
    port: 5174,
    proxy: {
      '/api': 'http://127.0.0.1:5080',
      '/hubs': { target: 'http://127.0.0.1:5080', ws: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
  test: { environment: 'jsdom', globals: false },
});
