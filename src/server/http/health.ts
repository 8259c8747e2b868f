import type { RequestHandler } from 'express';
import { unavailable } from '../errors/apiError';
import type { Store } from '../store/store';

/** GET /api/health, without login: 200 with the engine when the store reads and writes, 503 otherwise. */
export const healthRoute =
  (store: Store): RequestHandler =>
  (_req, res, next) => {
    store
      .health()
      .then((ok) =>
        res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', engine: store.engine }),
      )
      .catch(next);
  };

/** While the database cannot be reached, nothing is answered from a state that may be behind. */
export const requireStore =
  (store: Store): RequestHandler =>
  (_req, _res, next) =>
    next(store.available ? undefined : unavailable());
