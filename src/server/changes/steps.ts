import { boardBriefingCause } from '../../domain/boardBriefing';
import { activationStepsOf } from '../../domain/callIn';
import type { ChecklistItem } from '../../domain/incidentRules';
import type { StoredRecord } from '../../domain/resources';
import { ApiError, badRequest, notFound } from '../errors/apiError';
import { assertMay } from '../access/programmeAccess';
import { recordOf } from '../store/records';
import type { Change, ReadState } from '../store/types';
import { queueMails } from './callIn';
import { serverUpdate } from './serverUpdate';
import { auditBy, type Actor } from '../access/actor';

/** The incident, if the user may change it: another programme's is 404. */
function incidentOf(state: ReadState, id: number, actor: Actor): StoredRecord {
  const incident = recordOf(state, 'incidents', id);
  if (!incident) throw notFound();
  assertMay(state, actor, 'edit', 'incidents', incident);
  return incident;
}

/**
 * Ticks (or unticks) one of the programme's activation steps on an activated incident:
 * who and when are the server's, and the incident's audit entry says which step.
 */
export function tickStep(incidentId: number, body: unknown, actor: Actor): Change<StoredRecord> {
  return {
    decide(state, now) {
      const incident = incidentOf(state, incidentId, actor);
      const { step, done } = (body ?? {}) as { step?: unknown; done?: unknown };
      const steps = activationStepsOf(recordOf(state, 'programmes', incident.programmeId as number));
      if (typeof step !== 'string' || !steps.includes(step))
        throw badRequest('Ukendt trin', { step: `Vælg et af helhedsplanens trin: ${steps.join(', ')}` });
      if (typeof done !== 'boolean')
        throw badRequest('Angiv, om trinnet er gennemført', { done: 'Ja eller nej' });
      if (incident.level === 'green') throw new ApiError(409, 'Et grønt niveau aktiverer ikke beredskabet');
      const before = (incident.activationChecklist as ChecklistItem[] | undefined) ?? [];
      const others = before.filter((c) => c.step !== step);
      const after = done ? [...others, { step, doneAt: now.toISOString(), doneBy: actor.username }] : others;
      if (done === before.some((c) => c.step === step)) return { ops: [], audit: [], result: incident };
      const { ops, audit, record } = serverUpdate(
        'incidents',
        incident,
        { activationChecklist: after },
        actor,
      );
      return {
        ops,
        audit,
        result: record,
      };
    },
  };
}

/** "Bestyrelsen orienteret": a summary to the programme's board address, through the outbox; audited. */
export function queueBoardBriefing(incidentId: number, actor: Actor): Change<StoredRecord> {
  return {
    decide(state, now) {
      const incident = incidentOf(state, incidentId, actor);
      const programme = recordOf(state, 'programmes', incident.programmeId as number);
      const to = programme?.boardEmail;
      if (typeof to !== 'string' || !to)
        throw badRequest('Helhedsplanen har ingen mail til bestyrelsen', {
          boardEmail: 'Skriv bestyrelsens mail på helhedsplanen',
        });
      const ops = queueMails(
        state,
        {
          incidentId,
          programmeId: incident.programmeId as number,
          kind: 'boardBriefing',
          cause: boardBriefingCause(incident),
        },
        [{ participantId: null, name: `Bestyrelsen for ${String(programme!.name)}`, to }],
        now,
      );
      if (ops.length === 0)
        throw new ApiError(409, 'Bestyrelsen er allerede orienteret om hændelsen på dette niveau');
      const queued = ops[0]!.op === 'put' ? (ops[0] as { record: StoredRecord }).record : incident;
      return {
        ops,
        audit: [
          auditBy(actor, {
            action: 'create',
            resource: 'notifications',
            recordId: queued.id,
            changes: {
              kind: { before: null, after: 'boardBriefing' },
              incidentId: { before: null, after: incidentId },
              to: { before: null, after: to },
            },
          }),
        ],
        result: queued,
      };
    },
  };
}
