import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';

/** An account at the test identity provider: its login name is its subject. */
export interface IdpAccount {
  name?: string;
  email?: string;
  preferred_username?: string;
  groups?: string[];
  roles?: string[];
  /** Entra ID's overage: more groups than fit, named here instead of sent. */
  overage?: boolean;
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, IdpAccount>;
  /**
   * The panel this provider serves, known once the panel listens; its back-channel logout
   * goes to `backchannelUrl` (another process of the same installation) when given.
   */
  registerPanel(panelUrl: string, backchannelUrl?: string): void;
  provider(): Provider;
  /**
   * A logout token signed with the provider's own key: by default one the panel must believe
   * (issuer, audience, now, the back-channel event); `claims` add to it, an undefined one leaves it out.
   */
  logoutToken(claims: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/** An identity provider that is down: an address on 127.0.0.1 whose port was free a moment ago and is closed now. */
export async function unreachableIssuer(): Promise<string> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

/**
 * oidc-provider on 127.0.0.1 as the organisation's identity provider: authorization code with
 * PKCE, its own login page (any password), groups and roles in the ID token as Entra ID sends
 * them, RP-initiated and back-channel logout.
 */
export async function startIdp(options: { clientId?: string } = {}): Promise<TestIdp> {
  const accounts = new Map<string, IdpAccount>();
  let provider: Provider | undefined;
  const server = http.createServer((req, res) => {
    if (!provider) {
      res.statusCode = 503;
      res.end();
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = options.clientId ?? 'beredskab';
  const clientSecret = 'hemmelig-klient-noegle-til-test-0123456789';
  // The provider signs with this key, and so do the tests that forge what only it could sign.
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-idp-key', alg: 'RS256', use: 'sig' };

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    registerPanel(panelUrl, backchannelUrl = panelUrl) {
      provider = new Provider(issuer, {
        clients: [
          {
            client_id: 'andet-system',
            client_secret: 'et-andet-systems-noegle-0123456789abcdef',
            redirect_uris: [`${panelUrl}/api/auth/oidc/callback`],
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [`${panelUrl}/api/auth/oidc/callback`],
            post_logout_redirect_uris: [`${panelUrl}/`],
            backchannel_logout_uri: `${backchannelUrl}/api/auth/oidc/backchannel-logout`,
            backchannel_logout_session_required: true,
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        async findAccount(_ctx, sub) {
          const account = accounts.get(sub);
          if (!account) return undefined;
          return {
            accountId: sub,
            async claims() {
              const { overage, ...claims } = account;
              return overage
                ? {
                    sub,
                    ...claims,
                    groups: undefined,
                    _claim_names: { groups: 'src1' },
                    _claim_sources: {
                      src1: { endpoint: 'https://graph.microsoft.com/v1.0/users/x/getMemberObjects' },
                    },
                  }
                : { sub, ...claims };
            },
          };
        },
        claims: {
          openid: ['sub', 'groups', 'roles'],
          profile: ['name', 'preferred_username'],
          email: ['email'],
        },
        // Claims in the ID token, as Entra ID and AD FS send them, not only from userinfo.
        conformIdTokenClaims: false,
        features: {
          devInteractions: { enabled: true },
          backchannelLogout: { enabled: true },
          rpInitiatedLogout: { enabled: true },
        },
        pkce: { required: () => true },
        ttl: {
          Interaction: 600,
          Grant: 3600,
          Session: 3600,
          AccessToken: 600,
          IdToken: 600,
          AuthorizationCode: 60,
        },
        cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
        jwks: { keys: [signingKey] },
        // A first-party app, consented by the organisation: no consent screen.
        async loadExistingGrant(ctx) {
          const grant = new ctx.oidc.provider.Grant({
            clientId: ctx.oidc.client!.clientId,
            accountId: ctx.oidc.session!.accountId!,
          });
          grant.addOIDCScope('openid profile email');
          await grant.save();
          return grant;
        },
        // Its guard against special-use addresses would refuse the loopback panel's back-channel logout.
        fetch: (url: string | URL, init: RequestInit & { dispatcher?: unknown }) => {
          delete init.dispatcher;
          return fetch(url, init);
        },
      } as ConstructorParameters<typeof Provider>[1]);
      provider.proxy = false;
    },
    provider: () => provider!,
    logoutToken: (claims) =>
      signLogoutToken(privateKey, signingKey.kid, { iss: issuer, aud: clientId, ...claims }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function signLogoutToken(
  key: CryptoKey,
  kid: string,
  claims: Record<string, unknown>,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload = Object.fromEntries(
    Object.entries({
      iat: now,
      exp: now + 120,
      jti: crypto.randomUUID(),
      events: { [BACKCHANNEL_EVENT]: {} },
      ...claims,
    }).filter(([, value]) => value !== undefined),
  );
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, typ: 'logout+jwt' }).sign(key);
}
