import { Router } from 'express';
import { canAccess } from '../domain/roles';
import type { StoredRecord } from '../domain/resources';
import { ApiError, notFound } from './errors';
import { sendList } from './listResponse';
import type { Store } from './store/store';

const FIELDS = new Set(['id', 'at', 'userId', 'username', 'action', 'resource', 'recordId']);

/** GET /api/auditLog[/:id]: the history, read-only and for admins only. */
export function auditRoutes(store: Store): Router {
  const router = Router();
  router.use((req, _res, next) => {
    if (!canAccess(req.user?.role, 'list', 'auditLog'))
      return next(new ApiError(403, 'Kun administratorer kan se revisionsloggen'));
    if (req.method !== 'GET') return next(new ApiError(405, 'Revisionsloggen kan ikke ændres'));
    next();
  });
  router.get('/', (req, res) => {
    sendList(req, res, 'auditLog', store.audit() as unknown as StoredRecord[], { fields: FIELDS });
  });
  router.get('/:id', (req, res, next) => {
    if (!/^[1-9][0-9]{0,15}$/.test(req.params.id ?? '')) return next(notFound());
    const entries = store.audit();
    const id = Number(req.params.id);
    // Entries are numbered in order, from 1: the id is nearly always the place.
    const entry = entries[id - 1]?.id === id ? entries[id - 1] : entries.find((e) => e.id === id);
    if (!entry) return next(notFound());
    res.json(entry);
  });
  return router;
}
