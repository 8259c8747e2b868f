import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The panel lives in src/admin; the API (npm run dev starts it on 3001) is proxied so the origin stays one. */
export default defineConfig({
  root: 'src/admin',
  plugins: [react()],
  build: {
    outDir: '../../dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    port: Number(process.env.PORT ?? 3000),
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 3001}` },
  },
});
