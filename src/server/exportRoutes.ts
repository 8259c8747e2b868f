import { Router } from 'express';
import { canAccess } from '../domain/roles';
import { reportFileName } from '../report/fileName';
import { recordEvent } from './changes/events';
import { ApiError } from './errors';
import { periodOf } from './stats/period';
import type { Store } from './store/store';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /api/exports/status-report.xlsx: the yearly workbook; a board member's has no confidential column. */
export function exportRoutes(store: Store, clock: () => Date): Router {
  const router = Router();
  router.get('/status-report.xlsx', async (req, res, next) => {
    try {
      if (!canAccess(req.user?.role, 'export', 'exports')) throw new ApiError(403, 'Ingen adgang');
      const period = periodOf(req, store);
      const user = req.user!;
      const file = reportFileName(period);
      await store.commit(
        recordEvent({
          userId: user.id,
          username: user.username,
          action: 'export',
          resource: 'programmes',
          recordId: period.programme.id,
          changes: { file: { before: null, after: file } },
        }),
      );
      res.set('Content-Type', XLSX);
      res.set('Content-Disposition', `attachment; filename="${file}"`);
      // Streamed: the workbook is written to the answer as it is made.
      // exceljs is loaded when the first workbook is asked for, not with the server.
      const { writeStatusReport } = await import('../report/statusReport');
      await writeStatusReport(
        store.data,
        period,
        { role: user.role, madeBy: user.fullName, now: clock() },
        res,
      );
    } catch (err) {
      next(err);
    }
  });
  return router;
}
