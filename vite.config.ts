import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

/** Addresses the server answers itself: never the panel's page, never kept by the service worker. */
const SERVER_PATHS = [/^\/api\//, /^\/svar\//, /^\/metrics/, /^\/adgangskode\//, /^\/indberet\//];

const lib = (names: string) => new RegExp(`node_modules[\\\\/](${names})[\\\\/]`);

/**
 * Fewer, larger chunks: on a phone every file is a round trip (150 ms on 4G), and the automatic
 * split made some 120 files of a few hundred bytes for one form. React alone for the login form;
 * the charts' libraries for the dashboard; the rest of the libraries once; the panel's own modules
 * shared by several pages once.
 */
const CHART_LIBS =
  'recharts|d3-[a-z-]+|victory-vendor|decimal\\.js-light|@reduxjs|immer|reselect|react-redux|es-toolkit|internmap';
/**
 * Loaded where they are needed: the second factor's QR code, forms' schemas, dates, CSV, and the
 * service worker's registration (in the vendor chunk it would fetch all of react-admin on load).
 */
const OWN_CHUNK_LIBS = 'qrcode|zod|luxon|jsonexport|date-holidays|workbox-window';

/**
 * Priority decides who takes a library two groups would capture (clsx, react-is): the libraries
 * everything uses before the charts, so opening a form never fetches the charts.
 */
const CHUNK_GROUPS = [
  // What the login form needs (React, its messages' library): everything the entry imports.
  { name: 'first', test: /node_modules/, tags: ['$initial' as const], priority: 40 },
  {
    name: 'vendor',
    test: lib(`(?!${CHART_LIBS}|${OWN_CHUNK_LIBS})[^/\\\\]+`),
    priority: 30,
  },
  { name: 'charts', test: lib(CHART_LIBS), priority: 20 },
];

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
        // The app shell: the page and what the login form needs. Never the .br/.gz twins. The
        // rest of the panel is kept as it is fetched (below): a first visit on a phone does not
        // download every page's code behind the user's back, competing with the page they open.
        globPatterns: [
          'index.html',
          'assets/{index,first,rolldown-runtime}-*.{js,css}',
          '*.{svg,png,ico,woff2}',
        ],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: SERVER_PATHS,
        // Only the hashed files under /assets/ (immutable: a new build has new names), never anything else.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'beredskab-assets', expiration: { maxEntries: 400 } },
          },
        ],
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
    rolldownOptions: {
      output: {
        codeSplitting: { groups: CHUNK_GROUPS },
        // A chunk shared by pages is named after all of them: too long for a file name.
        chunkFileNames: ({ name }) => `assets/${name.split('~')[0]}-[hash].js`,
      },
    },
  },
  server: {
    port: Number(process.env.PORT ?? 3000),
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 3001}` },
  },
});
