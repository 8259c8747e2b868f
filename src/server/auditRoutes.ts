import { Router } from 'express';
import { canAccess } from '../domain/roles';
import type { StoredRecord } from '../domain/resources';
import type { AuditLog } from './audit';
import { ApiError, notFound } from './errors';
import { sendList } from './listResponse';

const FIELDS = new Set(['id', 'at', 'userId', 'username', 'action', 'resource', 'recordId']);

/** GET /api/auditLog[/:id]: the history, read-only and for admins only. */
export function auditRoutes(audit: AuditLog): Router {
  const router = Router();
  router.use((req, _res, next) => {
    if (!canAccess(req.user?.role, 'list', 'auditLog'))
      return next(new ApiError(403, 'Kun administratorer kan se revisionsloggen'));
    if (req.method !== 'GET') return next(new ApiError(405, 'Revisionsloggen kan ikke ændres'));
    next();
  });
  router.get('/', (req, res) => {
    sendList(req, res, 'auditLog', audit.all() as unknown as StoredRecord[], { fields: FIELDS });
  });
  router.get('/:id', (req, res, next) => {
    const entry = audit.all().find((e) => String(e.id) === req.params.id);
    if (!entry) return next(notFound());
    res.json(entry);
  });
  return router;
}
