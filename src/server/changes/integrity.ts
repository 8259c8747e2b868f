import { ruleMessage } from '../../domain/messages';
import { REFERENCES, referencedIds } from '../../domain/references';
import { RESOURCES, type ResourceName, type StoredRecord } from '../../domain/resources';
import { ApiError, badRequest } from '../errors/apiError';
import { programmeIn, visibleTo } from '../access/programmeAccess';
import { recordsOf } from '../store/records';
import type { ReadState } from '../store/types';
import type { Actor } from '../access/actor';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Every reference of a record to be written must exist for the user (another programme's
 * record does not) and, where asked, share the programme decided for the write.
 */
export function checkReferences(
  state: ReadState,
  resource: ResourceName,
  record: Record<string, unknown>,
  actor: Actor,
  programmeId: number | undefined,
  ownId?: number,
): void {
  const errors: Record<string, string> = {};
  const visible = visibleTo(state, actor);
  for (const ref of REFERENCES.filter((r) => r.from === resource)) {
    for (const { id, path } of referencedIds(record, ref.path)) {
      const target = visible(ref.to, id);
      const noun = capitalise(RESOURCES[ref.to].noun.definite);
      if (ref.to === resource && id === ownId) errors[path] = ruleMessage('notSelf');
      else if (!target) errors[path] = `${noun} findes ikke (id ${id})`;
      else if (
        ref.sameProgramme &&
        programmeId !== undefined &&
        programmeIn(state, ref.to, target) !== programmeId
      )
        errors[path] = `${noun} ${ruleMessage('otherProgramme').toLowerCase()}`;
    }
  }
  if (Object.keys(errors).length > 0)
    throw badRequest('Henvisningen peger på noget, der ikke findes', errors);
}

/**
 * A record may not move to another programme (or change what makes it fit there) while
 * records that must share its programme point at it: they would be left inconsistent.
 */
export function checkReferrers(
  state: ReadState,
  resource: ResourceName,
  record: Record<string, unknown>,
  previous: StoredRecord,
): void {
  if (record.programmeId === previous.programmeId) return;
  const errors: Record<string, string> = {};
  for (const ref of REFERENCES.filter((r) => r.to === resource && r.sameProgramme)) {
    const stuck = recordsOf(state, ref.from).filter(
      (r) =>
        !(ref.from === resource && r.id === previous.id) &&
        programmeIn(state, ref.from, r) !== record.programmeId &&
        referencedIds(r, ref.path).some((x) => x.id === previous.id),
    );
    if (stuck.length > 0) {
      const noun = stuck.length === 1 ? RESOURCES[ref.from].noun.singular : RESOURCES[ref.from].noun.plural;
      const ids = stuck
        .map((r) => r.id)
        .slice(0, 10)
        .join(', ');
      errors.programmeId = `Kan ikke flyttes til en anden helhedsplan, fordi ${stuck.length} ${noun} (id ${ids}) henviser hertil`;
    }
  }
  if (Object.keys(errors).length > 0) throw badRequest('Ret de markerede felter', errors);
}

/** The records that point at `id`, per resource. */
export function dependentsOf(
  state: ReadState,
  resource: ResourceName,
  id: number,
): Map<ResourceName, number[]> {
  const found = new Map<ResourceName, number[]>();
  for (const ref of REFERENCES.filter((r) => r.to === resource)) {
    for (const record of recordsOf(state, ref.from)) {
      if (record.id === id && ref.from === resource) continue;
      if (referencedIds(record, ref.path).some((r) => r.id === id)) {
        const ids = found.get(ref.from) ?? [];
        if (!ids.includes(record.id)) found.set(ref.from, [...ids, record.id]);
      }
    }
  }
  return found;
}

/** Refuses (409) to delete what others refer to; json-server would silently delete them too. */
export function assertDeletable(state: ReadState, resource: ResourceName, id: number): void {
  const dependents = dependentsOf(state, resource, id);
  if (dependents.size === 0) return;
  const parts = [...dependents].map(([name, ids]) => {
    const noun = ids.length === 1 ? RESOURCES[name].noun.singular : RESOURCES[name].noun.plural;
    const shown = ids.slice(0, 10).join(', ') + (ids.length > 10 ? ' …' : '');
    return `${ids.length} ${noun} (id ${shown})`;
  });
  throw new ApiError(
    409,
    `Kan ikke slette ${RESOURCES[resource].noun.definite}, fordi ${parts.join(' og ')} henviser hertil`,
  );
}
