import { Router } from 'express';
import { diskLow, type DiskStatus } from '../../domain/diskSpace';
import { allowedAnywhere } from '../access/request';
import { asyncRoute } from '../http/asyncRoute';
import { diskSpace } from '../ops/diskSpace';
import type { Store } from '../store/store';

/** GET /api/disk: the space left where the server keeps its data, for the administrators' banner. */
export function diskRoutes(store: Store, dataDir: string): Router {
  const router = Router();
  router.get(
    '/disk',
    allowedAnywhere('list', 'disk', 'Kun administratorer ser, hvor meget plads serveren har'),
    asyncRoute(async (_req, res) => {
      const space = await diskSpace(dataDir);
      const status: DiskStatus = { ...space, low: diskLow(space), writable: store.writable };
      res.json(status);
    }),
  );
  return router;
}
