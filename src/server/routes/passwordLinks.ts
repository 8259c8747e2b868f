import { Router } from 'express';
import { z } from 'zod';
import { passwordLinkSchema } from '../../domain/userSchema';
import { asyncRoute } from '../http/asyncRoute';
import { redeemLink, userOfLink } from '../changes/passwordLinks';
import { badRequest } from '../errors/apiError';
import { countTry, type RefusalTally } from '../http/refusals';
import { hashToken } from '../mail/outbox';
import { mailPasswordLink } from '../mail/accountMail';
import type { MailSettings } from '../mail/settings';
import type { Store } from '../store/store';
import { hashPassword, parseWith, userByName } from '../identity/users';

const forgotSchema = z.object({ username: z.string().trim().min(1).max(200) });
const tokenSchema = z.object({ token: z.string().min(20).max(200) });
const ANSWER = 'Hvis brugeren findes og har en e-mail, er der sendt et link til at vælge en ny adgangskode.';

/**
 * "Glemt adgangskode" and the mailed links (invitations too): `POST /forgot` answers the same
 * whether or not the user exists, and mails in the background so the time says nothing either;
 * `POST /reset/check` tells the link's page whose link it is; `POST /reset` sets the password.
 * A link's 72 hours run on the server's clock; the rate limit, like login locks, on real time.
 */
export function passwordLinkRoutes({
  store,
  mail,
  refusals,
  clock,
}: {
  store: Store;
  mail: MailSettings;
  refusals: RefusalTally;
  clock: () => Date;
}): Router {
  const router = Router();

  router.post(
    '/forgot',
    asyncRoute(async (req, res) => {
      const { username } = parseWith(forgotSchema, req.body);
      const anonymous = { userId: null, username: username.slice(0, 60), role: null };
      // Counted per address and per username: nobody can mail-bomb a user or probe many.
      await countTry(store, refusals, res, {
        keys: [`forgot:ip:${req.ip ?? 'unknown'}`, `forgot:user:${username.toLowerCase()}`],
        at: Date.now(),
        refusal: { actor: anonymous, action: 'loginRefused' },
        what: 'forsøg',
      });
      res.status(202).json({ message: ANSWER });
      const user = userByName(store, username);
      if (user)
        void mailPasswordLink(
          store,
          mail,
          { userId: user.id, purpose: 'reset', now: clock().getTime() },
          anonymous,
        )
          .then((outcome) => {
            if (!outcome.sent) req.log.error(`Link til ny adgangskode ikke sendt: ${outcome.reason}`);
          })
          .catch((err: unknown) => req.log.error({ err }, 'Link til ny adgangskode ikke sendt'));
    }),
  );

  router.post('/reset/check', (req, res) => {
    const { token } = parseWith(tokenSchema, req.body);
    const user = userOfLink(store, hashToken(token), clock().getTime());
    res.json({ username: user.username, fullName: user.fullName });
  });

  router.post(
    '/reset',
    asyncRoute(async (req, res) => {
      if (typeof req.body !== 'object' || req.body === null)
        throw badRequest('Forespørgslen skal indeholde et JSON-objekt');
      const { token } = parseWith(tokenSchema, req.body);
      const user = userOfLink(store, hashToken(token), clock().getTime());
      const data = parseWith(passwordLinkSchema, { ...req.body, username: user.username });
      const newHash = await hashPassword(data.newPassword);
      await store.commit(redeemLink({ tokenHash: hashToken(token), newHash, now: clock().getTime() }));
      res.json({ message: 'Din adgangskode er valgt. Log ind med den nu.' });
    }),
  );

  return router;
}
