import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from '../../src/server/app';
import { addUser } from '../../src/server/changes/users';
import type { Store } from '../../src/server/store/store';
import { hashPassword } from '../../src/server/identity/users';
import type { Membership } from '../../src/domain/access';
import type { Role } from '../../src/domain/roles';
import { TEST_NOW, clockFrom } from './clock';
import { ENGINE, freshDatabase, persistedInDatabase } from './postgres';
import { fixture } from './fixture';

export const PASSWORD = 'korrekt-hest-batteri';
const TEST_ACTOR = { userId: null, username: 'test', role: null };

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * A logged-in (or anonymous) HTTP client that keeps its session cookie. With a
 * `localAddress` (127.0.0.2, …) it connects from that address, so the server sees
 * another client: login locks are per address.
 */
export class Client {
  cookie = '';
  constructor(
    readonly url: string,
    readonly localAddress?: string,
  ) {}

  request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const data = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        this.url + path,
        {
          method,
          localAddress: this.localAddress,
          headers: {
            ...(data !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const replyHeaders = new Headers();
            for (const [name, value] of Object.entries(res.headers))
              for (const v of [value ?? []].flat()) replyHeaders.append(name, v);
            const setCookie = res.headers['set-cookie']?.[0];
            if (setCookie) this.cookie = setCookie.split(';')[0]!;
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              /* not JSON: keep the text */
            }
            resolve({ status: res.statusCode!, headers: replyHeaders, body: parsed as T });
          });
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body: unknown) {
    return this.request<T>('POST', path, body);
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

/** `?sort=…&range=…&filter=…` the way ra-data-simple-rest writes it. */
export function listQuery(params: {
  filter?: object;
  sort?: [string, string];
  range?: [number, number];
}): string {
  const q = new URLSearchParams();
  if (params.filter) q.set('filter', JSON.stringify(params.filter));
  if (params.sort) q.set('sort', JSON.stringify(params.sort));
  if (params.range) q.set('range', JSON.stringify(params.range));
  return `?${q}`;
}

export interface TestServer {
  url: string;
  dataDir: string;
  /** The test database, when the suite runs on PostgreSQL. */
  databaseUrl?: string;
  /** The server's clock: TEST_NOW unless the test named its own. */
  clock: () => Date;
  anonymous(): Client;
  as(role: Role): Promise<Client>;
  /**
   * A new user with these memberships (or the system administrator's role with none),
   * made as the operator's script would, and logged in.
   */
  member(username: string, memberships: Membership[] | 'admin'): Promise<Client>;
  /** The server's store, to read what it holds and to wait for its snapshots. */
  store: Store;
  /** A copy of what the store holds now, every collection by name. */
  readDb(): any;
  /**
   * What the engine has written down, read from its files (after a snapshot) or its
   * tables: the users, the audit log, and all of it as text, to search for what must not be there.
   */
  persisted(): Promise<{ users: any[]; audit: any[]; text: string }>;
  close(): Promise<void>;
}

/**
 * Starts the real app on a free port over a fresh temporary DATA_DIR seeded with `seed`,
 * its clock at TEST_NOW unless the test gives its own.
 */
export async function startServer(
  options: {
    seed?: object;
    clock?: AppOptions['clock'];
    staticDir?: string;
    trustProxy?: string;
    /** Mail settings; the links in mails point at this server unless `publicUrl` says otherwise. */
    mail?: AppOptions['mail'];
    oidc?: AppOptions['oidc'];
    localLogin?: boolean;
    /** Where the data directory is made (a small tmpfs, say); the system's temp directory by default. */
    dataParent?: string;
    /** METRICS_TOKEN: GET /metrics with it as a bearer token. */
    metricsToken?: string;
  } = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(options.dataParent ?? os.tmpdir(), 'beredskab-test-'));
  const seedFile = path.join(dataDir, 'seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(options.seed ?? fixture));
  const clock = options.clock ?? clockFrom(TEST_NOW);
  const database = ENGINE === 'postgres' ? await freshDatabase() : undefined;
  let url = '';
  const { app, store, close } = await createApp({
    dataDir,
    seedFile,
    clock,
    staticDir: options.staticDir,
    trustProxy: options.trustProxy,
    databaseUrl: database?.url,
    oidc: options.oidc,
    localLogin: options.localLogin,
    metricsToken: options.metricsToken,
    // The timer only when a test asks: its mails would change the store under other tests.
    mail: { pollMs: 50, timerMs: 3_600_000, publicUrl: () => url, ...options.mail },
  });
  const passwordHash = await hashPassword(PASSWORD);
  for (const role of ['admin', 'editor', 'board'] as const)
    await store.commit(addUser({ username: role, fullName: `Test ${role}`, role, passwordHash }, TEST_ACTOR));
  const server = app.listen(0);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = async (username: string) => {
    const client = new Client(url);
    const res = await client.post('/api/auth/login', { username, password: PASSWORD });
    if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status}`);
    return client;
  };
  return {
    url,
    dataDir,
    databaseUrl: database?.url,
    clock,
    anonymous: () => new Client(url),
    as: login,
    async member(username, memberships) {
      const user =
        memberships === 'admin'
          ? { role: 'admin' as const }
          : { role: memberships[0]?.role ?? ('board' as const), memberships };
      await store.commit(
        addUser({ username, fullName: `Test ${username}`, passwordHash, ...user }, TEST_ACTOR),
      );
      return login(username);
    },
    store,
    readDb: () => structuredClone(store.data),
    persisted: () => (database ? persistedInDatabase(database.url) : persistedInFiles(store, dataDir)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          void close()
            .then(() => database?.drop())
            .then(() => {
              fs.rmSync(dataDir, { recursive: true, force: true });
              resolve();
            });
        });
      }),
  };
}

async function persistedInFiles(store: Store, dataDir: string) {
  await store.snapshot();
  const read = (file: string) => fs.readFileSync(path.join(dataDir, file), 'utf8');
  const files = fs.readdirSync(dataDir).filter((f) => fs.statSync(path.join(dataDir, f)).isFile());
  return {
    users: JSON.parse(read('users.json')).users,
    audit: read('audit.jsonl')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line)),
    text: files.map(read).join('\n'),
  };
}

/**
 * The role in every programme there is, as the administrator reads them: what a role given
 * without memberships meant before the panel asked for one per programme.
 */
export async function everyProgramme(
  admin: Client,
  role: string,
): Promise<{ programmeId: number; role: string }[]> {
  const programmes = (await admin.get<{ id: number }[]>('/api/programmes')).body;
  return programmes.map((p) => ({ programmeId: p.id, role }));
}
