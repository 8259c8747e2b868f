import { Router } from 'express';
import { jwtVerify } from 'jose';
import { asyncRoute } from '../http/asyncRoute';
import { recordSmsReport } from '../changes/outbox';
import { ApiError } from '../errors/apiError';
import type { Store } from '../store/store';

const unsigned = () => new ApiError(401, 'Leveringsrapporten er ikke signeret');

/**
 * POST /api/sms/status: GatewayAPI's delivery report, without a session. Believed only when
 * signed as GatewayAPI signs it: a JWT (HS256) in `X-Gwapi-Signature` under
 * SMS_CALLBACK_SECRET, whose claims are the report itself; without the secret none is.
 */
export function smsStatusRoutes(store: Store, secret: string | undefined): Router {
  const router = Router();
  const key = secret ? new TextEncoder().encode(secret) : undefined;
  router.post(
    '/status',
    asyncRoute(async (req, res) => {
      const token = req.get('X-Gwapi-Signature');
      if (!key || !token) throw unsigned();
      const claims = await jwtVerify(token, key, { algorithms: ['HS256'] }).then(
        (v) => v.payload as Record<string, unknown>,
        () => {
          throw unsigned();
        },
      );
      const body = (req.body ?? {}) as Record<string, unknown>;
      // The signed claims say what happened; a body that says otherwise is not the report signed.
      const field = (name: string) => String(claims[name] ?? body[name] ?? '');
      for (const name of ['id', 'msisdn', 'status'])
        if (
          body[name] !== undefined &&
          claims[name] !== undefined &&
          String(body[name]) !== String(claims[name])
        )
          throw unsigned();
      const report = { id: field('id'), msisdn: field('msisdn'), status: field('status') };
      if (!report.id || !report.status) throw new ApiError(400, 'Leveringsrapporten mangler id eller status');
      const { result } = await store.commit(recordSmsReport(report));
      res.json({ matched: result !== null, status: result?.status ?? null });
    }),
  );
  return router;
}
