import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/browser';
import { startServer, type TestServer } from '../support/server';

interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent, still compressed when the answer says so. */
  body: Buffer;
}

/** A GET that sends only the headers given (Node's fetch would ask for and undo compression itself). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the built panel as the server sends it (dist/)', () => {
  let server: TestServer;
  /** The entry script index.html names, /assets/index-<hash>.js. */
  let entry: string;
  let entryBytes: Buffer;
  let indexBytes: Buffer;

  beforeAll(async () => {
    indexBytes = fs.readFileSync(path.join(DIST, 'index.html'));
    const src = /<script[^>]+src="(\/assets\/index-[\w-]+\.js)"/.exec(indexBytes.toString('utf8'))?.[1];
    if (!src) throw new Error('dist/index.html names no /assets/index-*.js: run `npm run build` first');
    entry = src;
    entryBytes = fs.readFileSync(path.join(DIST, entry));
    server = await startServer({ staticDir: DIST });
  });
  afterAll(() => server?.close());

  it('sends a hashed script brotli-compressed when the browser accepts it, brotli before gzip', async () => {
    for (const accepted of ['br', 'gzip, deflate, br, zstd']) {
      const res = await rawGet(server.url + entry, { 'accept-encoding': accepted });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.body.length).toBeLessThan(entryBytes.length / 2);
      expect(zlib.brotliDecompressSync(res.body).equals(entryBytes)).toBe(true);
    }
  });

  it('sends it gzip-compressed to a client that accepts only gzip', async () => {
    const res = await rawGet(server.url + entry, { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(zlib.gunzipSync(res.body).equals(entryBytes)).toBe(true);
  });

  it('sends the file itself to a client that asks for no compression', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const res = await rawGet(server.url + entry, headers);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.body.equals(entryBytes)).toBe(true);
    }
  });

  it('answers an asset that is not there (an older build’s) with 404, not with the page', async () => {
    const res = await rawGet(`${server.url}/assets/index-gone1234.js`, { 'accept-encoding': 'br' });
    expect(res.status).toBe(404);
    expect(res.body.toString('utf8')).not.toContain('<html');
  });

  it('has the page asked again on every visit (no-cache), at its own address and at the panel’s', async () => {
    for (const address of ['/', '/index.html', '/hvor/som/helst']) {
      const res = await rawGet(server.url + address, { 'accept-encoding': 'gzip, deflate, br' });
      expect(res.status, address).toBe(200);
      expect(res.headers['cache-control'], address).toBe('no-cache');
      expect(res.headers['content-type'], address).toMatch(/^text\/html/);
      expect(res.body.equals(indexBytes), address).toBe(true);
    }
  });

  it('has the service worker and the manifest asked again on every visit, so a new build is seen', async () => {
    const worker = await rawGet(`${server.url}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(worker.headers['cache-control']).toBe('no-cache');
    const manifest = await rawGet(`${server.url}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(manifest.body.toString('utf8'))).toMatchObject({ name: 'Beredskab', lang: 'da' });
  });

  it('lets the page register its own worker under the CSP', async () => {
    const csp = (await rawGet(`${server.url}/`)).headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    // worker-src falls back to script-src: it must not be set narrower.
    expect(csp).not.toMatch(/worker-src (?!'self')/);
  });

  it('keeps the API’s answers out of every cache (no-store), a refusal too', async () => {
    for (const address of ['/api/health', '/api/auth/me', '/api/incidents']) {
      const res = await rawGet(server.url + address);
      expect(res.headers['cache-control'], address).toBe('no-store');
    }
  });
});
