import type { ResourceName, StoredRecord, WriteContext } from '../../domain/resources';
import type { Actor, AuditDraft, ReadState } from './types';

/** A REST resource's records: numeric ids, as json-server keeps them. */
export const recordsOf = (state: ReadState, resource: ResourceName) =>
  state.all(resource) as readonly StoredRecord[];

export const recordOf = (state: ReadState, resource: ResourceName, id: number) =>
  state.find(resource, id) as StoredRecord | undefined;

/** What the domain's rules may look at besides the record they check. */
export function writeContext(state: ReadState, actor: Actor, now: Date): WriteContext {
  return {
    now,
    username: actor.username,
    all: (resource) => recordsOf(state, resource),
    find: (resource, id) => recordOf(state, resource, id),
  };
}

export const auditBy = (actor: Actor, entry: Omit<AuditDraft, 'userId' | 'username'>): AuditDraft => ({
  userId: actor.userId,
  username: actor.username,
  ...entry,
});
