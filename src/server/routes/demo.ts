import { Router } from 'express';
import { asyncRoute } from '../http/asyncRoute';
import { removeDemo } from '../changes/demo';
import { actorOf, allowedAnywhere } from '../access/request';
import type { Store } from '../store/store';

/**
 * POST /api/demo/remove: the demo programmes and everything of theirs removed in one commit,
 * audited (src/server/changes/demo.ts). The system administrator's alone; with no demo data left
 * it removes nothing and says so.
 */
export function demoRoutes(store: Store): Router {
  const router = Router();
  router.post(
    '/demo/remove',
    allowedAnywhere('delete', 'demo', 'Kun systemadministratoren kan fjerne demodata'),
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(removeDemo(actorOf(req)));
      res.json(result);
    }),
  );
  return router;
}
