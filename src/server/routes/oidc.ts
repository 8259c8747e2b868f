import crypto from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import { parse, serialize } from 'cookie';
import { claimValues, directoryUsername, grantOf } from '../../domain/directory';
import { asyncRoute } from '../http/asyncRoute';
import {
  allMappings,
  beginAttempt,
  directorySignIn,
  endDirectorySessions,
  takeAttempt,
  type SignInRefusal,
} from '../changes/directory';
import { userAgentOf } from '../changes/auth';
import { newSessionToken, sessionIdOf, setSessionCookie } from '../http/sessions';
import { OidcClient } from '../identity/oidc';
import type { Store } from '../store/store';

/** The browser's key to its sign-in attempt. Lax: the provider sends the browser back from another site. */
const ATTEMPT_COOKIE = 'beredskab_oidc';
const COOKIE_PATH = '/api/auth/oidc';

type Outcome = SignInRefusal | 'expired' | 'failed' | 'cancelled' | 'busy' | 'unreachable';

/** Back to the login page, which says in Danish what went wrong. */
const toLogin = (res: Response, outcome: Outcome) => res.redirect(303, `/?oidc=${outcome}#/login`);

function attemptCookie(res: Response, value: string, secure: boolean, maxAge: number): void {
  res.append(
    'Set-Cookie',
    serialize(ATTEMPT_COOKIE, value, { httpOnly: true, sameSite: 'lax', path: COOKIE_PATH, secure, maxAge }),
  );
}

const attemptIdOf = (key: string) => crypto.createHash('sha256').update(key).digest('hex');

/**
 * Sign-in at the organisation's identity provider: the authorization code flow with PKCE,
 * its secrets kept in the store (any process of the installation may receive the browser back),
 * each used once and for ten minutes at most; and the provider's back-channel logout.
 */
export function oidcRoutes({
  store,
  oidc,
  secureCookies,
}: {
  store: Store;
  oidc: OidcClient;
  secureCookies: boolean;
}): Router {
  const router = Router();

  router.get(
    '/login',
    asyncRoute(async (req, res) => {
      const secrets = OidcClient.newAttempt();
      const key = newSessionToken();
      const url = await oidc.authorizationUrl(secrets).catch((err: unknown) => {
        req.log.error(`OIDC: udbyderen kan ikke nås: ${(err as Error).message}`);
        return undefined;
      });
      // The button is a link: the browser is sent back to the login page, not shown an error body.
      if (!url) return toLogin(res, 'unreachable');
      const { result: begun } = await store.commit(
        beginAttempt({ id: attemptIdOf(key), ...secrets, createdAt: Date.now(), ip: req.ip ?? 'unknown' }),
      );
      if (!begun) return toLogin(res, 'busy');
      attemptCookie(res, key, secureCookies, 600);
      res.redirect(303, url.href);
    }),
  );

  router.get(
    '/callback',
    asyncRoute(async (req, res) => {
      attemptCookie(res, '', secureCookies, 0);
      const key = parse(req.headers.cookie ?? '')[ATTEMPT_COOKIE];
      const { result: attempt } = key
        ? await store.commit(takeAttempt(attemptIdOf(key), Date.now()))
        : { result: undefined };
      if (attempt === undefined || attempt === 'expired') return toLogin(res, 'expired');
      if (typeof req.query.error === 'string') return toLogin(res, 'cancelled');
      const query = new URL(req.originalUrl, 'http://callback').search;
      const signedIn = await oidc.exchange(query, attempt).catch((err: unknown) => {
        req.log.warn(`OIDC: log ind afvist: ${(err as Error).message}`);
        return undefined;
      });
      if (!signedIn) return toLogin(res, 'failed');
      const { claims, idToken } = signedIn;
      const values = claimValues(claims, oidc.options.claim);
      const token = newSessionToken();
      const { result } = await store.commit(
        directorySignIn(
          {
            issuer: claims.iss,
            subject: claims.sub,
            username: directoryUsername(claims),
            fullName: typeof claims.name === 'string' ? claims.name.slice(0, 120) : undefined,
            grant: values === 'overage' ? 'overage' : grantOf(allMappings(store), values),
            session: {
              id: sessionIdOf(token),
              userAgent: userAgentOf(req.get('user-agent')),
              oidc: { issuer: claims.iss, subject: claims.sub, sid: claims.sid, idToken },
            },
          },
          Date.now(),
        ),
      );
      if ('refused' in result) return toLogin(res, result.refused);
      setSessionCookie(res, token, secureCookies);
      res.redirect(303, '/');
    }),
  );

  // The provider posts a form, not JSON, and carries no session: the token is the proof.
  router.post(
    '/backchannel-logout',
    express.urlencoded({ extended: false, limit: '20kb' }),
    asyncRoute(async (req, res) => {
      res.set('Cache-Control', 'no-store');
      const token = (req.body as Record<string, unknown> | undefined)?.logout_token;
      const names =
        typeof token === 'string'
          ? await oidc.verifyLogoutToken(token).catch((err: unknown) => {
              req.log.warn(`OIDC: logout-token afvist: ${(err as Error).message}`);
              return undefined;
            })
          : undefined;
      if (!names) return res.status(400).json({ error: 'invalid_request' });
      await store.commit(endDirectorySessions(names));
      res.status(200).end();
    }),
  );

  return router;
}

/** What the login page offers: the organisation's sign-in, and whether the local form is for everyone. */
export function signInOptionsRoute(oidc: OidcClient | undefined, localLogin: boolean) {
  return (_req: Request, res: Response) =>
    res.json({ oidc: oidc ? { name: oidc.options.name } : null, localLogin: localLogin || !oidc });
}
