import { defineConfig } from 'vite';

export default defineConfig({
  // sigma alone is ~400 kB minified; one chunk keeps the first render to a single request.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { '/api': 'http://127.0.0.1:4317' } },
});
