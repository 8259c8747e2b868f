import { Router } from 'express';
import { auditBy } from '../access/actor';
import { roleInProgramme } from '../access/programmeAccess';
import { actorOf } from '../access/request';
import { reportFileName } from '../../report/fileName';
import { recordEvent } from '../changes/events';
import { periodOf } from './period';
import type { Store } from '../store/store';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /api/exports/status-report.xlsx: the yearly workbook; a board member's has no confidential column. */
export function exportRoutes(store: Store, clock: () => Date): Router {
  const router = Router();
  router.get('/status-report.xlsx', async (req, res, next) => {
    try {
      const period = periodOf(req, store, 'export', 'exports');
      const actor = actorOf(req);
      const file = reportFileName(period);
      await store.commit(
        recordEvent(
          auditBy(actor, {
            action: 'export',
            resource: 'programmes',
            recordId: period.programme.id,
            changes: { file: { before: null, after: file } },
          }),
        ),
      );
      res.set('Content-Type', XLSX);
      res.set('Content-Disposition', `attachment; filename="${file}"`);
      // Streamed: the workbook is written to the answer as it is made.
      // exceljs is loaded when the first workbook is asked for, not with the server.
      const { writeStatusReport } = await import('../../report/statusReport');
      await writeStatusReport(
        store.data,
        period,
        // A board member of this programme gets no confidential column, whatever they are elsewhere.
        {
          role: roleInProgramme(actor, period.programme.id) ?? 'board',
          madeBy: req.user!.fullName,
          now: clock(),
        },
        res,
      );
    } catch (err) {
      next(err);
    }
  });
  return router;
}
