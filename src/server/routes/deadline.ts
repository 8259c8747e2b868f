import { Router } from 'express';
import { z } from 'zod';
import { isoDateTime } from '../../domain/fields';
import { deriveIncident, type Incident } from '../../domain/incidentRules';
import type { IncidentInput } from '../../domain/incidentSchema';
import { LEVELS } from '../../domain/levels';
import { closedDaysOf } from '../../domain/programmeSchema';
import { badRequest, notFound } from '../errors/apiError';
import { assertIn, visibleTo } from '../access/programmeAccess';
import { recordOf } from '../store/records';
import type { Store } from '../store/store';
import { actorOf } from '../access/request';

const query = z.object({
  programmeId: z.coerce.number().int().positive(),
  level: z.enum(LEVELS),
  occurredAt: isoDateTime,
  levelSetAt: isoDateTime.optional(),
  incidentId: z.coerce.number().int().positive().optional(),
});

/**
 * GET /api/deadline: the response deadline an incident would get if saved now, for the
 * form to show as soon as a level is picked. The server computes it, with the
 * programme's closed days, exactly as a save would: the panel never computes it.
 */
export function deadlineRoute(store: Store, clock: () => Date): Router {
  const router = Router();
  router.get('/deadline', (req, res) => {
    const parsed = query.safeParse(req.query);
    if (!parsed.success) throw badRequest('Angiv helhedsplan, niveau og tidspunkt');
    const { programmeId, incidentId, ...input } = parsed.data;
    const actor = actorOf(req);
    assertIn(actor, 'list', 'incidents', programmeId);
    // Another programme's incident is not there for the user: 404 as for one that does not exist.
    const stored = incidentId ? visibleTo(store, actor)('incidents', incidentId) : undefined;
    if (incidentId && !stored) throw notFound();
    const previous = stored as unknown as Incident | undefined;
    const programme = recordOf(store, 'programmes', programmeId);
    const derived = deriveIncident(input as IncidentInput, previous, clock(), closedDaysOf(programme));
    res.json({ responseDeadline: derived.responseDeadline, levelSetAt: derived.levelSetAt });
  });
  return router;
}
