import http from 'node:http';
import { Client } from './server';

export interface Hop {
  status: number;
  location?: string;
  body: string;
}

/**
 * A browser without a screen for the sign-in round trip: one cookie jar for the panel and the
 * identity provider (both on 127.0.0.1, where cookies do not tell ports apart), redirects
 * followed by hand so a test can stop at any of them.
 */
export class RoundTrip {
  readonly jar = new Map<string, string>();

  request(method: string, url: string, form?: Record<string, string>): Promise<Hop> {
    const body = form ? new URLSearchParams(form).toString() : undefined;
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    return new Promise((resolve, reject) => {
      const req = http.request(
        url,
        {
          method,
          headers: {
            ...(cookie ? { cookie } : {}),
            ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
            'user-agent': 'Mozilla/5.0 (Test) RoundTrip',
          },
        },
        (res) => {
          for (const line of res.headers['set-cookie'] ?? []) {
            const [pair, ...attributes] = line.split(';');
            const [name, ...value] = pair!.split('=');
            const gone = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
            if (gone || value.join('=') === '') this.jar.delete(name!.trim());
            else this.jar.set(name!.trim(), value.join('='));
          }
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode!,
              location: res.headers.location ? new URL(res.headers.location, url).href : undefined,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Follows redirects from `url` until one leads to `stopAt` (not followed) or a page answers. */
  async follow(url: string, stopAt?: (location: string) => boolean): Promise<{ url: string; hop: Hop }> {
    let current = url;
    for (let i = 0; i < 20; i++) {
      const hop = await this.request('GET', current);
      if (!hop.location || hop.status < 300 || hop.status >= 400) return { url: current, hop };
      if (stopAt?.(hop.location)) return { url: hop.location, hop };
      current = hop.location;
    }
    throw new Error('Too many redirects');
  }

  /** Signs in at the provider's login page as `login`, up to the panel's callback (not followed). */
  async toCallback(panelUrl: string, login: string): Promise<string> {
    const isCallback = (l: string) => l.startsWith(`${panelUrl}/api/auth/oidc/callback`);
    const first = await this.follow(`${panelUrl}/api/auth/oidc/login`, isCallback);
    let url = first.url;
    const hop = first.hop;
    if (!isCallback(url)) {
      // The provider's login form.
      const action = /<form[^>]*action="([^"]+)"/.exec(hop.body)?.[1];
      if (!action) throw new Error(`No login form at ${url}: ${hop.status} ${hop.body.slice(0, 300)}`);
      const posted = await this.request('POST', new URL(action, url).href, {
        prompt: 'login',
        login,
        password: 'hvad-som-helst',
      });
      ({ url } = await this.follow(posted.location!, isCallback));
    }
    if (!isCallback(url)) throw new Error(`Did not come back to the panel: ${url}`);
    return url;
  }

  /** The callback answered: where the panel sends the browser (`/` or `/?oidc=<why>#/login`). */
  async callback(callbackUrl: string): Promise<string> {
    const hop = await this.request('GET', callbackUrl);
    if (!hop.location) throw new Error(`Callback answered ${hop.status}: ${hop.body}`);
    return new URL(hop.location).pathname + new URL(hop.location).search;
  }

  /** A Client holding the panel session this round trip got. */
  client(panelUrl: string): Client {
    const client = new Client(panelUrl);
    const session = this.jar.get('beredskab_session');
    if (session) client.cookie = `beredskab_session=${session}`;
    return client;
  }
}

/** Signs in through the provider and answers where the panel sent the browser, and the session. */
export async function signIn(
  panelUrl: string,
  login: string,
): Promise<{ landed: string; client: Client; trip: RoundTrip }> {
  const trip = new RoundTrip();
  const landed = await trip.callback(await trip.toCallback(panelUrl, login));
  return { landed, client: trip.client(panelUrl), trip };
}

/** Signs out at the provider's own page, as a user would elsewhere: it then calls the panel's back-channel logout. */
export async function signOutAtProvider(
  trip: RoundTrip,
  issuer: string,
  idTokenHint?: string,
): Promise<void> {
  const query = idTokenHint ? `?id_token_hint=${encodeURIComponent(idTokenHint)}` : '';
  const page = await trip.request('GET', `${issuer}/session/end${query}`);
  const action = /<form[^>]*action="([^"]+)"/.exec(page.body)?.[1];
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!action || !xsrf) throw new Error(`No logout form: ${page.status} ${page.body.slice(0, 300)}`);
  const done = await trip.request('POST', new URL(action, issuer).href, { xsrf, logout: 'yes' });
  if (done.status >= 400) throw new Error(`Logout at the provider answered ${done.status}`);
}
