import { Router } from 'express';
import { templateFileName } from '../../report/fileName';
import { asyncRoute } from '../http/asyncRoute';
import { parseCells, saveGrid } from '../changes/grid';
import { ApiError, badRequest } from '../errors/apiError';
import { readGrid } from '../../domain/kpiGrid';
import { previewInWorker, tryAgain } from '../kpiImport/inWorker';
import { allowedAnywhere } from '../access/request';
import { windowQuota } from '../http/quota';
import { periodOf } from './period';
import type { Store } from '../store/store';
import { actorOf } from '../access/request';

const MAX_FILE_BYTES = 700_000;
/** A programme's files read per quarter of an hour: ample for people, a stop for a loop. */
const IMPORTS_PER_PROGRAMME = 60;
const IMPORT_WINDOW_MS = 15 * 60_000;
/** /api/kpi: the year's figures as one grid, saved in one action, and the preview of an imported file. */
export function kpiRoutes(store: Store): Router {
  const router = Router();
  /** Who has a file being read: one at a time each, so no one fills the pool's line alone. */
  const importing = new Set<number | null>();
  const programmeImports = windowQuota(IMPORTS_PER_PROGRAMME, IMPORT_WINDOW_MS);
  const mayWrite = allowedAnywhere('edit', 'measurements');

  router.get('/grid', (req, res) => {
    res.json(readGrid(store.data, periodOf(req, store, 'list', 'measurements')));
  });
  router.put(
    '/grid',
    mayWrite,
    asyncRoute(async (req, res) => {
      const period = periodOf(req, store, 'edit', 'measurements');
      const { result } = await store.commit(saveGrid(period, parseCells(req.body), actorOf(req)));
      res.json({ ...result, grid: readGrid(store.data, period) });
    }),
  );
  router.get(
    '/template.xlsx',
    mayWrite,
    asyncRoute(async (req, res) => {
      const period = periodOf(req, store, 'edit', 'measurements');
      res.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.set('Content-Disposition', `attachment; filename="${templateFileName(period)}"`);
      // exceljs is loaded when the first template is asked for, not with the server.
      const { writeKpiTemplate } = await import('../../report/kpiTemplate');
      await writeKpiTemplate(readGrid(store.data, period), String(period.programme.name), res);
    }),
  );
  router.post(
    '/import',
    mayWrite,
    asyncRoute(async (req, res) => {
      const { filename, content } = (req.body ?? {}) as { filename?: unknown; content?: unknown };
      if (typeof filename !== 'string' || typeof content !== 'string' || !/\.(xlsx|csv)$/i.test(filename))
        throw badRequest('Vælg en xlsx- eller csv-fil', { file: 'Kun xlsx eller csv' });
      if (Buffer.byteLength(content, 'base64') > MAX_FILE_BYTES)
        throw badRequest('Filen er for stor', { file: 'Højst 700 kB' });
      const period = periodOf(req, store, 'edit', 'measurements');
      const user = req.user?.id ?? null;
      if (importing.has(user)) throw tryAgain();
      if (!programmeImports.take(String(period.programme.id)))
        throw new ApiError(429, 'Prøv igen om lidt: helhedsplanen har fået læst mange filer på kort tid');
      importing.add(user);
      try {
        const preview = await previewInWorker(readGrid(store.data, period), filename, content);
        res.type('application/json').send(preview);
      } finally {
        importing.delete(user);
      }
    }),
  );
  return router;
}
