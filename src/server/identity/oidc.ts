import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

/** OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME, OIDC_CLAIM (DESIGN.md "Sign-in"). */
export interface OidcOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The organisation as the button names it: "Log ind med {name}". */
  name: string;
  /** The claim whose values the directory mappings name (`groups`, `roles`, …). */
  claim: string;
}

export const CALLBACK_PATH = '/api/auth/oidc/callback';
const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

const isLoopback = (host: string) =>
  host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/** The issuer's address: https, or http on this machine only (the tests' identity provider). */
export function issuerUrl(issuer: string): URL {
  const url = new URL(issuer);
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return url;
  throw new Error(`OIDC_ISSUER skal være en https-adresse (http kun på 127.0.0.1 til test): ${issuer}`);
}

/** The settings from the environment, or none when OIDC is not set up. */
export function oidcOptionsFrom(env: NodeJS.ProcessEnv): OidcOptions | undefined {
  if (!env.OIDC_ISSUER) return undefined;
  if (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET)
    throw new Error('OIDC_ISSUER er sat, men OIDC_CLIENT_ID og OIDC_CLIENT_SECRET mangler');
  issuerUrl(env.OIDC_ISSUER);
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    name: env.OIDC_NAME || 'organisationens login',
    claim: env.OIDC_CLAIM || 'groups',
  };
}

/** One sign-in's secrets, kept server-side until the provider sends the browser back. */
export interface AttemptSecrets {
  state: string;
  nonce: string;
  verifier: string;
}

export interface SignedIn {
  claims: Record<string, unknown> & { iss: string; sub: string; sid?: string };
  idToken?: string;
}

/** Who a back-channel logout names: a session at the provider, or every session of a subject. */
export interface LogoutNames {
  issuer: string;
  sid?: string;
  sub?: string;
}

/**
 * The panel as a relying party: discovery, the authorization request with PKCE, the code
 * exchange and the ID token's checks are openid-client's; the logout token's signature is jose's.
 * Discovery happens on first use and again after a failure, so a provider down at start is no outage.
 */
export class OidcClient {
  private config?: Promise<client.Configuration>;
  private jwks?: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    readonly options: OidcOptions,
    private readonly publicUrl: () => string,
  ) {}

  redirectUri(): string {
    return new URL(CALLBACK_PATH, this.publicUrl()).href;
  }

  private configuration(): Promise<client.Configuration> {
    const url = issuerUrl(this.options.issuer);
    this.config ??= client
      .discovery(url, this.options.clientId, this.options.clientSecret, undefined, {
        execute: url.protocol === 'http:' ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((err: unknown) => {
        this.config = undefined;
        throw err;
      });
    return this.config;
  }

  static newAttempt(): AttemptSecrets {
    return {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
    };
  }

  async authorizationUrl(attempt: AttemptSecrets): Promise<URL> {
    const config = await this.configuration();
    return client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(),
      scope: 'openid profile email',
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(attempt.verifier),
      code_challenge_method: 'S256',
    });
  }

  /** The code exchanged and the ID token checked (issuer, audience, expiry, nonce, state, PKCE). */
  async exchange(query: string, attempt: AttemptSecrets): Promise<SignedIn> {
    const config = await this.configuration();
    const current = new URL(this.redirectUri());
    current.search = query;
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: attempt.verifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('Intet ID-token');
    return { claims: claims as SignedIn['claims'], idToken: tokens.id_token };
  }

  /** Where the browser goes to sign out at the provider too; none when it has no end_session_endpoint. */
  async endSessionUrl(idToken: string | undefined): Promise<string | undefined> {
    const config = await this.configuration().catch(() => undefined);
    if (!config?.serverMetadata().end_session_endpoint) return undefined;
    return client
      .buildEndSessionUrl(config, {
        post_logout_redirect_uri: new URL('/', this.publicUrl()).href,
        ...(idToken ? { id_token_hint: idToken } : {}),
      })
      .toString();
  }

  /**
   * A logout token as OpenID Connect Back-Channel Logout 1.0 says: signed by the issuer's keys,
   * for this client, recent, carrying the logout event, without a nonce, naming a sid or a sub.
   */
  async verifyLogoutToken(token: string): Promise<LogoutNames> {
    const metadata = (await this.configuration()).serverMetadata();
    if (!metadata.jwks_uri) throw new Error('Udbyderen har ingen nøgler (jwks_uri)');
    this.jwks ??= createRemoteJWKSet(new URL(metadata.jwks_uri));
    const { payload } = await jwtVerify(token, this.jwks, {
      issuer: metadata.issuer,
      audience: this.options.clientId,
      maxTokenAge: '5 minutes',
      requiredClaims: ['iat', 'jti', 'events'],
    });
    checkLogoutClaims(payload);
    return { issuer: metadata.issuer, sid: payload.sid as string | undefined, sub: payload.sub };
  }
}

function checkLogoutClaims(payload: JWTPayload): void {
  const events = payload.events as Record<string, unknown> | undefined;
  if (!events || typeof events !== 'object' || !(BACKCHANNEL_EVENT in events))
    throw new Error('Ikke et logout-token (events mangler)');
  if ('nonce' in payload) throw new Error('Et logout-token må ikke have nonce');
  if (typeof payload.sid !== 'string' && typeof payload.sub !== 'string')
    throw new Error('Logout-tokenet nævner hverken sid eller sub');
}
