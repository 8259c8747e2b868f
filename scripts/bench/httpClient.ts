import http from 'node:http';

/** An answer read whole: enough for the benchmarks, which time and count answers. */
export interface Answer {
  url: string;
  status: number;
  ok: boolean;
  body: Buffer;
}

// Kept-alive connections, as a browser keeps them: the figure is the server's, not the connecting's.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * One request by node:http, the leanest client Node has. fetch (undici) spends about half
 * a millisecond of the client's own per request, which at a millisecond's answer would be
 * measured as the server's; both contenders are measured through this same client.
 */
export function request(
  url: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers:
          body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          resolve({ url, status, ok: status >= 200 && status < 300, body: Buffer.concat(chunks) });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
