import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';

export interface SentSms {
  sender: string;
  message: string;
  msisdn: string;
  id: number;
  authorization: string;
}

export interface FakeGateway {
  /** SMS_GATEWAY_URL: GatewayAPI's base address. */
  url: string;
  token: string;
  received: SentSms[];
  /** While set, every request is answered with this status (a gateway outage). */
  failWith: number | null;
  waitFor(count: number, timeoutMs?: number): Promise<SentSms[]>;
  close(): Promise<void>;
}

/** A JSON server on 127.0.0.1 for tests: `started.url` and what it received. */
export async function listenJson(
  handle: (req: http.IncomingMessage, body: string) => { status: number; body: unknown },
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const answer = handle(req, body);
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function waitUntil<T>(items: T[], count: number, timeoutMs: number): Promise<T[]> {
  const until = Date.now() + timeoutMs;
  while (items.length < count) {
    if (Date.now() > until)
      throw new Error(`waited for ${count}, got ${items.length}: ${JSON.stringify(items)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return items;
}

/**
 * GatewayAPI's `POST /rest/mtsms` as the real one takes it: token auth, JSON `{sender, message,
 * recipients: [{msisdn}]}`, answered `{ids}`; 401 on a wrong token, 400 on a malformed body.
 */
export async function startSmsGateway(token = 'test-sms-token'): Promise<FakeGateway> {
  const received: SentSms[] = [];
  const state = { failWith: null as number | null, next: 1000 };
  const server = await listenJson((req, raw) => {
    if (req.method !== 'POST' || req.url !== '/rest/mtsms')
      return { status: 404, body: { code: 'NOT_FOUND' } };
    if (state.failWith)
      return { status: state.failWith, body: { code: 'GATEWAY_DOWN', message: 'Prøv igen' } };
    if (req.headers.authorization !== `Token ${token}`)
      return { status: 401, body: { code: 'UNAUTHORIZED' } };
    const body = JSON.parse(raw) as { sender?: string; message?: string; recipients?: { msisdn: number }[] };
    if (!body.sender || !body.message || !Array.isArray(body.recipients) || body.recipients.length === 0)
      return { status: 400, body: { code: 'BAD_REQUEST' } };
    const ids = body.recipients.map((r) => {
      const id = state.next++;
      received.push({
        sender: body.sender!,
        message: body.message!,
        msisdn: String(r.msisdn),
        id,
        authorization: req.headers.authorization!,
      });
      return id;
    });
    return { status: 200, body: { ids } };
  });
  return {
    url: server.url,
    token,
    received,
    get failWith() {
      return state.failWith;
    },
    set failWith(value: number | null) {
      state.failWith = value;
    },
    waitFor: (count, timeoutMs = 10_000) => waitUntil(received, count, timeoutMs),
    close: server.close,
  };
}

/** A delivery report's signature as GatewayAPI makes it: the report as a JWT's claims, HS256. */
export const signReport = (report: object, secret: string) =>
  new SignJWT({ ...report })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));

export interface FakeTeams {
  url: string;
  cards: { type: string; attachments: { contentType: string; content: Record<string, unknown> }[] }[];
  failWith: number | null;
  waitFor(count: number, timeoutMs?: number): Promise<FakeTeams['cards']>;
  close(): Promise<void>;
}

/** A Power Automate "Workflows" webhook: takes a message with an Adaptive Card, answers 202. */
export async function startTeamsWebhook(): Promise<FakeTeams> {
  const cards: FakeTeams['cards'] = [];
  const state = { failWith: null as number | null };
  const server = await listenJson((req, raw) => {
    if (req.method !== 'POST') return { status: 405, body: {} };
    if (state.failWith) return { status: state.failWith, body: { error: 'down' } };
    const body = JSON.parse(raw) as FakeTeams['cards'][number];
    const card = body.attachments?.[0];
    if (body.type !== 'message' || card?.contentType !== 'application/vnd.microsoft.card.adaptive')
      return { status: 400, body: { error: 'not an adaptive card message' } };
    if (card.content.type !== 'AdaptiveCard' || !Array.isArray(card.content.body))
      return { status: 400, body: { error: 'bad card' } };
    cards.push(body);
    return { status: 202, body: {} };
  });
  return {
    url: `${server.url}/workflows/webhook`,
    cards,
    get failWith() {
      return state.failWith;
    },
    set failWith(value: number | null) {
      state.failWith = value;
    },
    waitFor: (count, timeoutMs = 10_000) => waitUntil(cards, count, timeoutMs),
    close: server.close,
  };
}
