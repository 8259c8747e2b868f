import { RESOURCES, VERSION, type ResourceName, type StoredRecord } from '../../domain/resources';
import type { Callable } from '../../domain/callIn';
import { diff } from '../store/audit';
import { ApiError, notFound } from '../errors/apiError';
import { assertDeletable, checkReferences, checkReferrers } from './integrity';
import { assertMay, writeScope } from '../access/programmeAccess';
import { shapeFor } from '../access/shaping';
import { recordOf } from '../store/records';
import type { AuditDraft, Change, Op, ReadState } from '../store/types';
import { applyRules, parseWrite } from './validation';
import { callInOps, participantCalendarOps } from './callIn';
import { meetingFromLog } from './meetingFromLog';
import { auditBy, type Actor } from '../access/actor';
import { writeContext } from '../access/writeContext';

type Effect = (
  state: ReadState,
  previous: StoredRecord | undefined,
  record: StoredRecord,
  body: unknown,
  now: Date,
  actor: Actor,
) => { ops: Op[]; audit: AuditDraft[] };

/**
 * What a write of a resource causes beside itself, in the same commit: an incident's mails,
 * a meeting held, a participant's meetings cancelled or sent again.
 */
const EFFECTS: Partial<Record<ResourceName, Effect>> = {
  incidents: (state, previous, record, body, now) => ({
    ops: callInOps(state, previous, record, body, now),
    audit: [],
  }),
  incidentLogEntries: (state, _previous, record, _body, _now, actor) => meetingFromLog(state, record, actor),
  participants: (state, _previous, record, _body, now) => ({
    ops: participantCalendarOps(state, record.id, record as unknown as Callable, now),
    audit: [],
  }),
};
/** What deleting a record causes, in the same commit: a participant's meetings cancelled. */
const DELETE_EFFECTS: Partial<Record<ResourceName, (state: ReadState, id: number, now: Date) => Op[]>> = {
  participants: (state, id, now) => participantCalendarOps(state, id, undefined, now),
};
const effectsOf = (resource: ResourceName, ...args: Parameters<Effect>) =>
  EFFECTS[resource]?.(...args) ?? { ops: [], audit: [] };

/** The record a body proposes, as the programme rule reads it: the body over the stored record. */
const proposed = (body: unknown, previous?: StoredRecord): Record<string, unknown> =>
  body !== null && typeof body === 'object' && !Array.isArray(body)
    ? { ...previous, ...body }
    : { ...previous };

function stored(state: ReadState, resource: ResourceName, id: number): StoredRecord {
  const record = recordOf(state, resource, id);
  if (!record) throw notFound();
  return record;
}

/** POST: checked (schema, rules, references), given the next id that was never issued, stored. */
export function createRecord(resource: ResourceName, body: unknown, actor: Actor): Change<StoredRecord> {
  return {
    decide(state, now) {
      const def = RESOURCES[resource];
      // Decided first: no answer of the schema or the rules may tell anything about another programme.
      const programmeId = writeScope(state, actor, 'create', resource, proposed(body));
      const input = parseWrite(def, body, undefined);
      const fields = applyRules(def, input, undefined, writeContext(state, actor, now));
      checkReferences(state, resource, fields, actor, programmeId);
      const id = state.issuedId(resource) + 1;
      // The id first, as json-server writes it: a snapshot finds it there without parsing the line.
      const record = { id, ...fields, [VERSION]: 1 } as StoredRecord;
      const effects = effectsOf(resource, state, undefined, record, body, now, actor);
      return {
        ops: [{ op: 'put', coll: resource, record }, ...effects.ops],
        audit: [
          auditBy(actor, {
            action: 'create',
            resource,
            recordId: record.id,
            changes: diff(undefined, record, RESOURCES[resource].confidential),
          }),
          ...effects.audit,
        ],
        result: record,
      };
    },
  };
}

/**
 * PUT: merged over the record as it is now, so a body without `version` (react-admin's
 * updateMany) is a patch of the fields it names. A body naming an older version than
 * the stored one is refused with the current record, for the conflict dialog.
 */
export function updateRecord(
  resource: ResourceName,
  id: number,
  body: unknown,
  actor: Actor,
): Change<StoredRecord> {
  return {
    decide(state, now) {
      const def = RESOURCES[resource];
      const previous = stored(state, resource, id);
      assertMay(state, actor, 'edit', resource, previous);
      const sent = (body as Record<string, unknown> | null)?.[VERSION];
      if (sent !== undefined && sent !== previous[VERSION])
        throw new ApiError(409, 'Posten er ændret af en anden, siden du åbnede den', undefined, {
          current: shapeFor(state, actor, resource, previous, now),
        });
      // Where the record will be (it may move): decided once, before the schema and the rules.
      const programmeId = writeScope(state, actor, 'edit', resource, proposed(body, previous));
      const input = parseWrite(def, body, previous);
      const fields = applyRules(def, input, previous, writeContext(state, actor, now));
      checkReferences(state, resource, fields, actor, programmeId, id);
      checkReferrers(state, resource, fields, previous);
      const record = { ...fields, id, [VERSION]: (previous[VERSION] as number) + 1 } as StoredRecord;
      const changes = diff(previous, record, def.confidential);
      const effects = effectsOf(resource, state, previous, record, body, now, actor);
      return {
        ops: [{ op: 'put', coll: resource, record }, ...effects.ops],
        audit: [
          auditBy(actor, {
            action: 'status' in changes ? 'statusChange' : 'update',
            resource,
            recordId: id,
            changes,
          }),
          ...effects.audit,
        ],
        result: record,
      };
    },
  };
}

/** DELETE: refused (409) while others refer to the record or its rules keep it; nothing cascades. */
export function deleteRecord(resource: ResourceName, id: number, actor: Actor): Change<StoredRecord> {
  return {
    decide(state, now) {
      const record = stored(state, resource, id);
      assertMay(state, actor, 'delete', resource, record);
      const refusal = RESOURCES[resource].undeletable?.(record, writeContext(state, actor, now));
      if (refusal) throw new ApiError(409, refusal);
      assertDeletable(state, resource, id);
      return {
        ops: [{ op: 'delete', coll: resource, id }, ...(DELETE_EFFECTS[resource]?.(state, id, now) ?? [])],
        audit: [
          auditBy(actor, {
            action: 'delete',
            resource,
            recordId: id,
            changes: diff(record, undefined, RESOURCES[resource].confidential),
          }),
        ],
        result: record,
      };
    },
  };
}
