import { withDashboardStart } from '../access/dashboardStart';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { asyncRoute } from '../http/asyncRoute';
import {
  actorOfUser,
  confirmEnrolment,
  removeOwnSecondFactor,
  secondFactorFailed,
  startEnrolment,
  totpKey,
  verifySecondFactor,
  type Proof,
} from '../changes/secondFactor';
import { ApiError, badRequest } from '../errors/apiError';
import { newSessionToken, sessionIdOf, setSessionCookie } from '../http/sessions';
import type { SecretBox } from '../identity/secretBox';
import { coveredByPolicy, secondFactorPolicy, secretContext } from '../identity/secondFactor';
import { newRecoveryCodes, newTotpSecret, normalRecoveryCode, totpStep, totpUri } from '../identity/totp';
import { toPublic, userById, type User } from '../identity/users';
import type { Store } from '../store/store';
import { actorOf } from '../access/request';
import { countTry, type RefusalTally } from '../http/refusals';

const proofSchema = z.object({
  code: z.string().max(20).optional(),
  recoveryCode: z.string().max(40).optional(),
});

/** `{code}` (spaces allowed, as apps show "123 456") or `{recoveryCode}`. */
function sentProof(body: unknown, recoveryAllowed: boolean): { code: string } | { recoveryCode: string } {
  const parsed = proofSchema.safeParse(body);
  const code = parsed.data?.code?.replace(/\s/g, '');
  const recoveryCode = parsed.data?.recoveryCode?.trim();
  if (recoveryAllowed && recoveryCode) return { recoveryCode };
  if (!code) throw badRequest('Skriv koden fra din app', { code: 'Skal udfyldes' });
  // A slip of the finger is not a guess: it is not counted.
  if (!/^\d{6}$/.test(code))
    throw badRequest('Koden er seks cifre', { code: 'Skriv de seks cifre fra appen' });
  return { code };
}

type Sent = ReturnType<typeof sentProof>;
const wrongCode = (sent: Sent) =>
  badRequest('Koden er forkert eller allerede brugt', {
    ['recoveryCode' in sent ? 'recoveryCode' : 'code']: 'Forkert kode',
  });
const signedOut = () => new ApiError(401, 'Log ind for at fortsætte');
const unreadable = () =>
  new ApiError(
    500,
    'Totrinsbekræftelsen kan ikke læses med serverens nøgle (SECRET_KEY); bed en administrator nulstille den',
  );

/** The user behind a full session (also one that must still set up its factor). */
function signedIn(store: Store, req: Request): User {
  const user = req.user && userById(store, req.user.id);
  if (!user) throw signedOut();
  return user;
}

/**
 * Routes under /api/auth/totp: the user's own second factor (TOTP, RFC 6238). Every code is
 * counted per user before it is checked, as passwords are; a code's time step works once.
 */
export function secondFactorRoutes({
  store,
  box,
  secureCookies,
  refusals,
}: {
  store: Store;
  box: SecretBox;
  secureCookies: boolean;
  refusals: RefusalTally;
}): Router {
  const router = Router();

  /** Five wrong codes in a quarter of an hour lock the factor for a quarter of an hour (429). */
  const counted = (res: Response, user: User) =>
    countTry(store, refusals, res, {
      keys: [totpKey(user.id)],
      at: Date.now(),
      refusal: { actor: actorOfUser(user), action: 'secondFactorRefused', recordId: user.id },
      what: 'forkerte koder',
    });

  /** The sent code as a proof against the sealed secret, or undefined for a wrong code (audited). */
  async function proofFor(user: User, sealed: string, sent: Sent) {
    if ('recoveryCode' in sent)
      return { recoveryHash: box.mac(`${user.id}:${normalRecoveryCode(sent.recoveryCode)}`) } as Proof;
    const secret = box.open(sealed, secretContext(user.id));
    if (secret === undefined) throw unreadable();
    const step = totpStep(secret, sent.code, Date.now());
    if (step === undefined) await store.commit(secondFactorFailed(actorOfUser(user), user.id));
    return step === undefined ? undefined : ({ step } as Proof);
  }

  router.get('/', (req, res) => {
    const user = signedIn(store, req);
    res.json({
      enabled: user.totp !== undefined,
      required: coveredByPolicy(secondFactorPolicy(store), user),
      recoveryCodesLeft: user.totp?.recoveryCodes.length ?? 0,
    });
  });

  /** A new secret, sealed in the store until a first code confirms it; shown once, as the QR code's URI too. */
  router.post(
    '/enrol',
    asyncRoute(async (req, res) => {
      const user = signedIn(store, req);
      if (user.source === 'oidc')
        throw new ApiError(400, 'Du logger ind via organisationens log-in, som selv spørger om anden faktor');
      if (user.totp) throw new ApiError(409, 'Totrinsbekræftelse er allerede slået til');
      const secret = newTotpSecret();
      await store.commit(startEnrolment(user.id, box.seal(secret, secretContext(user.id))));
      res.json({ secret, uri: totpUri(secret, user.username) });
    }),
  );

  /** The first code turns the factor on and answers the ten recovery codes, the only time they are shown. */
  router.post(
    '/confirm',
    asyncRoute(async (req, res) => {
      const user = signedIn(store, req);
      const sent = sentProof(req.body, false);
      if (user.totp) throw new ApiError(409, 'Totrinsbekræftelse er allerede slået til');
      if (!user.totpPending) throw new ApiError(409, 'Begynd opsætningen først');
      await counted(res, user);
      const proof = await proofFor(user, user.totpPending, sent);
      if (!proof || !('step' in proof)) throw wrongCode(sent);
      const recoveryCodes = newRecoveryCodes();
      await store.commit(
        confirmEnrolment(
          {
            userId: user.id,
            pending: user.totpPending,
            step: proof.step,
            recoveryHashes: recoveryCodes.map((c) => box.mac(`${user.id}:${normalRecoveryCode(c)}`)),
          },
          actorOf(req),
        ),
      );
      res.json({ recoveryCodes });
    }),
  );

  /** The second step of a password sign-in: answered like a login, with a new session cookie. */
  router.post(
    '/verify',
    asyncRoute(async (req, res) => {
      if (req.pendingUserId === undefined || !req.sessionId) throw signedOut();
      const user = userById(store, req.pendingUserId);
      if (!user?.totp) throw signedOut();
      const sent = sentProof(req.body, true);
      await counted(res, user);
      const proof = await proofFor(user, user.totp.secret, sent);
      if (!proof) throw wrongCode(sent);
      const token = newSessionToken();
      const { result } = await store.commit(
        verifySecondFactor(
          {
            sessionId: req.sessionId,
            newSessionId: sessionIdOf(token),
            userId: user.id,
            secret: user.totp.secret,
            proof,
          },
          Date.now(),
        ),
      );
      if (!result) throw wrongCode(sent);
      setSessionCookie(res, token, secureCookies);
      res.json(withDashboardStart(store, toPublic(result)));
    }),
  );

  /** A user the policy does not cover turns their factor off, proving it with a code from it. */
  router.post(
    '/disable',
    asyncRoute(async (req, res) => {
      const user = signedIn(store, req);
      const sent = sentProof(req.body, true);
      if (!user.totp) throw new ApiError(409, 'Totrinsbekræftelse er ikke slået til');
      if (coveredByPolicy(secondFactorPolicy(store), user))
        throw new ApiError(403, 'Totrinsbekræftelse er påkrævet for dig; bed en administrator nulstille den');
      await counted(res, user);
      const proof = await proofFor(user, user.totp.secret, sent);
      if (!proof) throw wrongCode(sent);
      const { result } = await store.commit(
        removeOwnSecondFactor({ userId: user.id, secret: user.totp.secret, proof }, actorOf(req)),
      );
      if (!result) throw wrongCode(sent);
      res.json({ message: 'Totrinsbekræftelse er slået fra' });
    }),
  );

  return router;
}
