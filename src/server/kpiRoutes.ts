import { Router, type Request, type RequestHandler } from 'express';
import { canAccess } from '../domain/roles';
import type { WriteContext } from '../domain/resources';
import type { AuditLog } from './audit';
import { ApiError, badRequest } from './errors';
import { previewImport } from './kpiImport';
import { readGrid, saveGrid } from './kpiGrid';
import { periodOf } from './stats/period';
import type { Store } from './store';

const MAX_FILE_BYTES = 700_000;

function context(store: Store, req: Request, now: Date): WriteContext {
  const all = (resource: string) => store.getState()[resource] ?? [];
  return {
    now,
    username: req.user?.username ?? null,
    all,
    find: (resource, id) => all(resource).find((r) => r.id === id),
  };
}

/** /api/kpi: the year's figures as one grid, saved in one action, and the preview of an imported file. */
export function kpiRoutes(store: Store, audit: AuditLog, clock: () => Date): Router {
  const router = Router();
  const mayWrite: RequestHandler = (req, _res, next) =>
    next(
      canAccess(req.user?.role, 'edit', 'measurements')
        ? undefined
        : new ApiError(403, 'Din rolle giver ikke adgang til denne handling'),
    );

  router.get('/grid', (req, res) => {
    res.json(readGrid(store, periodOf(req, store)));
  });
  router.put('/grid', mayWrite, (req, res) => {
    res.json(saveGrid(store, audit, req, periodOf(req, store), context(store, req, clock())));
  });
  router.post('/import', mayWrite, async (req, res, next) => {
    try {
      const { filename, content } = (req.body ?? {}) as { filename?: unknown; content?: unknown };
      if (typeof filename !== 'string' || typeof content !== 'string' || !/\.(xlsx|csv)$/i.test(filename))
        throw badRequest('Vælg en xlsx- eller csv-fil', { file: 'Kun xlsx eller csv' });
      const bytes = Buffer.from(content, 'base64');
      if (bytes.length > MAX_FILE_BYTES) throw badRequest('Filen er for stor', { file: 'Højst 700 kB' });
      res.json(await previewImport(readGrid(store, periodOf(req, store)), filename, bytes));
    } catch (err) {
      next(err);
    }
  });
  return router;
}
