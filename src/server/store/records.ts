import { mayIn, programmeOf } from '../../domain/access';
import { grantsOf } from '../access/actor';
import type { ResourceName, StoredRecord, WriteContext } from '../../domain/resources';
import type { Actor, AuditDraft, ReadState } from './types';

/** A REST resource's records: numeric ids, as json-server keeps them. */
export const recordsOf = (state: ReadState, resource: ResourceName) =>
  state.all(resource) as readonly StoredRecord[];

export const recordOf = (state: ReadState, resource: ResourceName, id: number) =>
  state.find(resource, id) as StoredRecord | undefined;

/** What the domain's rules may look at besides the record they check. */
export function writeContext(state: ReadState, actor: Actor, now: Date): WriteContext {
  const lookup = (resource: ResourceName, id: number) => recordOf(state, resource, id);
  const grants = grantsOf(actor);
  return {
    now,
    username: actor.username,
    all: (resource) => recordsOf(state, resource),
    // Another programme's record is not there for the rules either: their answer for it is the
    // reference check's "does not exist", never one that confirms it exists elsewhere.
    find: (resource, id) => {
      const record = lookup(resource, id);
      return record &&
        (grants === null || mayIn(grants, 'show', resource, programmeOf(resource, record, lookup)))
        ? record
        : undefined;
    },
  };
}

export const auditBy = (actor: Actor, entry: Omit<AuditDraft, 'userId' | 'username'>): AuditDraft => ({
  userId: actor.userId,
  username: actor.username,
  ...entry,
});
