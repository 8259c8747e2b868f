import { Router } from 'express';
import { countsOf, retentionSchedule } from '../../domain/retention';
import { asyncRoute } from '../http/asyncRoute';
import { mayBy } from '../access/programmeAccess';
import { runRetention } from '../jobs/retention';
import type { Store } from '../store/store';
import { actorOf, allowedAnywhere } from '../access/request';

const DAY_MS = 86_400_000;
export const PREVIEW_DAYS = 30;

/** /api/retention: what the rules say is due (counts and dates, no content), and erasing it now. Administrators, each of their own programmes. */
export function retentionRoutes(store: Store, clock: () => Date): Router {
  const router = Router();
  router.use(
    allowedAnywhere('edit', 'retention', 'Kun administratorer kan slette efter opbevaringsreglerne'),
  );
  router.get('/preview', (req, res) => {
    const now = clock();
    const horizon = new Date(now.getTime() + PREVIEW_DAYS * DAY_MS).toISOString();
    const mine = (programmeId: number) => mayBy(actorOf(req), 'edit', 'retention', programmeId);
    const items = retentionSchedule(store.data).filter((i) => i.dueAt <= horizon && mine(i.programmeId));
    const due = items.filter((i) => i.dueAt <= now.toISOString());
    res.json({
      now: countsOf(due),
      next30Days: countsOf(items.filter((i) => i.dueAt > now.toISOString())),
      items,
      programmes: (store.data.programmes ?? [])
        .filter((p) => mine(p.id))
        .map(({ id, name, retentionMonths }) => ({
          id,
          name,
          retentionMonths: retentionMonths ?? null,
        })),
    });
  });
  router.post(
    '/run',
    asyncRoute(async (req, res) => {
      const dryRun = (req.body as { dryRun?: unknown } | undefined)?.dryRun === true;
      res.json(await runRetention(store, actorOf(req), { dryRun, now: clock() }));
    }),
  );
  return router;
}
