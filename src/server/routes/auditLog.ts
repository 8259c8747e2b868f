import { Router, type Request } from 'express';
import { isResourceName, type StoredRecord } from '../../domain/resources';
import type { AuditEntry } from '../store/audit';
import { ApiError, notFound } from '../errors/apiError';
import { sendList } from '../list/listResponse';
import { programmeIn, programmesFor } from '../access/programmeAccess';
import { actorOf, allowedAnywhere } from '../access/request';
import type { ReadState } from '../store/types';
import type { Store } from '../store/store';

const FIELDS = new Set(['id', 'at', 'userId', 'username', 'action', 'resource', 'recordId', 'programmeId']);

/**
 * Which entries the user reads: all for the system administrator, their programmes' for a
 * programme administrator. Entries from before they named their programme are placed by
 * the record they name, where it still exists.
 */
function readable(req: Request, state: ReadState): (entry: AuditEntry) => boolean {
  const programmes = programmesFor(actorOf(req), 'list', 'auditLog');
  const programmeOfEntry = (entry: AuditEntry) => {
    if (entry.programmeId !== undefined) return entry.programmeId;
    const { resource, recordId } = entry;
    if (!resource || !isResourceName(resource) || recordId === null) return undefined;
    const record = state.find(resource, recordId);
    return record ? programmeIn(state, resource, record) : undefined;
  };
  return (entry) => programmes === null || programmes.has(programmeOfEntry(entry) ?? 0);
}

/** GET /api/auditLog[/:id]: the history, read-only, for administrators. */
export function auditRoutes(store: Store): Router {
  const router = Router();
  router.use(allowedAnywhere('list', 'auditLog', 'Kun administratorer kan se revisionsloggen'));
  router.use((req, _res, next) => {
    if (req.method !== 'GET') return next(new ApiError(405, 'Revisionsloggen kan ikke ændres'));
    next();
  });
  router.get('/', (req, res) => {
    const mine = readable(req, store);
    sendList(req, res, 'auditLog', store.audit() as unknown as StoredRecord[], {
      fields: FIELDS,
      scope: { test: (r) => mine(r as unknown as AuditEntry) },
    });
  });
  router.get('/:id', (req, res, next) => {
    if (!/^[1-9][0-9]{0,15}$/.test(req.params.id ?? '')) return next(notFound());
    const entries = store.audit();
    const id = Number(req.params.id);
    // Entries are numbered in order, from 1: the id is nearly always the place.
    const entry = entries[id - 1]?.id === id ? entries[id - 1] : entries.find((e) => e.id === id);
    if (!entry || !readable(req, store)(entry)) return next(notFound());
    res.json(entry);
  });
  return router;
}
