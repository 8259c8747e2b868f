import { Router, type RequestHandler } from 'express';
import { canAccess } from '../domain/roles';
import { actorOf } from './actor';
import { asyncRoute } from './asyncRoute';
import { parseCells, saveGrid } from './changes/grid';
import { ApiError, badRequest } from './errors';
import { readGrid } from './kpiGrid';
import { periodOf } from './stats/period';
import type { Store } from './store/store';

const MAX_FILE_BYTES = 700_000;

/** /api/kpi: the year's figures as one grid, saved in one action, and the preview of an imported file. */
export function kpiRoutes(store: Store): Router {
  const router = Router();
  const mayWrite: RequestHandler = (req, _res, next) =>
    next(
      canAccess(req.user?.role, 'edit', 'measurements')
        ? undefined
        : new ApiError(403, 'Din rolle giver ikke adgang til denne handling'),
    );

  router.get('/grid', (req, res) => {
    res.json(readGrid(store.data, periodOf(req, store)));
  });
  router.put(
    '/grid',
    mayWrite,
    asyncRoute(async (req, res) => {
      const period = periodOf(req, store);
      const { result } = await store.commit(saveGrid(period, parseCells(req.body), actorOf(req)));
      res.json({ ...result, grid: readGrid(store.data, period) });
    }),
  );
  router.post(
    '/import',
    mayWrite,
    asyncRoute(async (req, res) => {
      const { filename, content } = (req.body ?? {}) as { filename?: unknown; content?: unknown };
      if (typeof filename !== 'string' || typeof content !== 'string' || !/\.(xlsx|csv)$/i.test(filename))
        throw badRequest('Vælg en xlsx- eller csv-fil', { file: 'Kun xlsx eller csv' });
      const bytes = Buffer.from(content, 'base64');
      if (bytes.length > MAX_FILE_BYTES) throw badRequest('Filen er for stor', { file: 'Højst 700 kB' });
      // exceljs is loaded when the first file is imported, not with the server.
      const { previewImport } = await import('./kpiImport');
      res.json(await previewImport(readGrid(store.data, periodOf(req, store)), filename, bytes));
    }),
  );
  return router;
}
