import { mayIn, programmeOf, roleIn } from '../../domain/access';
import type { ResourceName, StoredRecord } from '../../domain/resources';
import { canAccess, type Action, type Role } from '../../domain/roles';
import { grantsOf } from './actor';
import { ApiError, notFound } from '../errors/apiError';
import { recordOf } from '../store/records';
import type { Actor, ReadState } from '../store/types';

export const forbidden = () => new ApiError(403, 'Din rolle giver ikke adgang til denne handling');
/** Naming another programme in a write: refused without saying what is there. */
export const otherProgramme = () =>
  new ApiError(403, 'Du har ikke adgang til den helhedsplan', {
    programmeId: 'Ikke en af dine helhedsplaner',
  });

/** The programme a stored or proposed record belongs to, read in the state as it is now. */
export const programmeIn = (state: ReadState, resource: ResourceName, record: Record<string, unknown>) =>
  programmeOf(resource, record, (r, id) => recordOf(state, r, id));

/** The user's role for a record: undefined when it is another programme's. */
export function roleFor(
  state: ReadState,
  actor: Actor,
  resource: ResourceName,
  record: Record<string, unknown>,
): Role | undefined {
  const grants = grantsOf(actor);
  return grants ? roleIn(grants, programmeIn(state, resource, record)) : 'admin';
}

/** Whether the user may do it in that programme (a script may do anything). */
export function mayBy(
  actor: Actor,
  action: Action,
  resource: string,
  programmeId: number | undefined,
): boolean {
  const grants = grantsOf(actor);
  return grants === null || mayIn(grants, action, resource, programmeId);
}

/**
 * The user's role in a programme before they act there: 404 when they are not in it (never
 * 403, which would confirm what is there), 403 when their role there does not allow it.
 */
export function assertIn(
  actor: Actor,
  action: Action,
  resource: string,
  programmeId: number | undefined,
): void {
  const grants = grantsOf(actor);
  if (!grants) return;
  const role = roleIn(grants, programmeId);
  if (!role) throw notFound();
  if (!canAccess(role, action, resource)) throw forbidden();
}

/** The same for a stored record, through the programme it belongs to. */
export const assertMay = (
  state: ReadState,
  actor: Actor,
  action: Action,
  resource: ResourceName,
  record: StoredRecord,
) => assertIn(actor, action, resource, programmeIn(state, resource, record));

/**
 * A record about to be written belongs to a programme where the user may do it: naming a
 * programme they are not in is 403. A record whose programme cannot be told yet (its parent
 * is missing) passes here; the reference check answers that.
 */
export function assertWritable(
  state: ReadState,
  actor: Actor,
  action: Action,
  resource: ResourceName,
  record: unknown,
): void {
  const grants = grantsOf(actor);
  if (!grants || record === null || typeof record !== 'object') return;
  const programmeId = programmeIn(state, resource, record as Record<string, unknown>);
  if (programmeId === undefined) return;
  const role = roleIn(grants, programmeId);
  if (!role) throw otherProgramme();
  if (!canAccess(role, action, resource)) throw forbidden();
}
