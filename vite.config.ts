import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

/** Addresses the server answers itself: never the panel's page, never kept by the service worker. */
const SERVER_PATHS = [/^\/api\//, /^\/svar\//, /^\/metrics/, /^\/adgangskode\//];

/**
 * `npm run dev` has no worker, but a browser that opened the built panel on the same address
 * (`npm start`, port 3000 too) keeps that build's and would go on showing it. Its next check of
 * /sw.js gets this one, which empties the caches, unregisters itself and reloads the pages.
 */
const workerRemovedInDev: Plugin = {
  name: 'beredskab:worker-removed-in-dev',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use('/sw.js', (_req, res) => {
      res.setHeader('Content-Type', 'text/javascript');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(`self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) await caches.delete(name);
  await self.registration.unregister();
  for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));`);
    });
  },
};

/**
 * The panel lives in src/admin; the API (npm run dev starts it on 3001) is proxied so the origin stays one.
 * A build precompresses the hashed assets (the server picks .br or .gz by Accept-Encoding) and writes
 * a service worker that keeps the app shell, never an API answer (README: How the panel is served).
 */
export default defineConfig({
  root: 'src/admin',
  plugins: [
    react(),
    workerRemovedInDev,
    // Only what sits under assets/: those are the files the server answers precompressed.
    compression({
      include: /^assets\/.+\.(js|css|svg)$/,
      algorithms: ['brotliCompress', 'gzip'],
      threshold: 1024,
    }),
    VitePWA({
      registerType: 'autoUpdate',
      // main.tsx registers it (virtual:pwa-register): nothing is injected into index.html.
      injectRegister: false,
      manifest: {
        name: 'Beredskab',
        short_name: 'Beredskab',
        description: 'Boligsocialt beredskab og helhedsplanens KPI’er',
        lang: 'da',
        start_url: '/',
        display: 'standalone',
        // The panel's primary colour (layout/theme.ts, palette.primary.main).
        theme_color: '#1565c0',
        background_color: '#ffffff',
        icons: [],
      },
      workbox: {
        // The app shell: the page, the hashed scripts and styles, icons and fonts. Never the .br/.gz twins.
        globPatterns: ['**/*.{html,js,css,svg,png,ico,woff2}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: SERVER_PATHS,
        // No runtimeCaching: whatever is not in the shell goes to the network and is kept nowhere.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
      devOptions: { enabled: false },
    }),
  ],
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
