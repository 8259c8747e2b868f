import path from 'node:path';
import express, { type RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Kept by the browser, but asked again (a 304 at best) before each use: a deploy is seen on the next visit. */
const REVALIDATE = 'no-cache';

export interface PanelFiles {
  /** dist/assets, mounted at /assets: hashed names, precompressed twins (.br, .gz) beside them. */
  assets: RequestHandler;
  /** The rest of dist: index.html, the service worker (sw.js, workbox-*.js), the web manifest. */
  files: RequestHandler;
  /** The page itself, for every address the panel routes in the browser. */
  page: RequestHandler;
}

/**
 * The built panel (vite build into `dir`). A hashed asset's name changes with its content, so the
 * browser keeps it a year without asking; the build wrote it brotli- and gzip-compressed, and the
 * answer is the twin the request accepts (brotli first), with `Vary: Accept-Encoding`, or the file
 * itself when it accepts neither. Everything else is asked again on each visit (`no-cache`), the
 * service worker above all: its new version is how a deploy reaches a phone that keeps the shell.
 */
export function panelFiles(dir: string): PanelFiles {
  const index = path.join(dir, 'index.html');
  const precompressed = expressStaticGzip(path.join(dir, 'assets'), {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, maxAge: '1y', immutable: true },
  });
  const files = express.static(dir, {
    index: false,
    cacheControl: false,
    setHeaders: (res) => res.setHeader('Cache-Control', REVALIDATE),
  });
  return {
    // A script of an older build is gone after a deploy: a 404, never the page under a script's name.
    assets: (req, res, next) =>
      precompressed(req, res, (err?: unknown) => (err ? next(err) : res.sendStatus(404))),
    files,
    page: (_req, res) => {
      res.setHeader('Cache-Control', REVALIDATE);
      res.sendFile(index, { cacheControl: false });
    },
  };
}
