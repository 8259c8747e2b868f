import { listRole, mayAnywhere, mayIn, programmeOf, programmesWhere, roleIn } from '../../domain/access';
import type { ResourceName, StoredRecord } from '../../domain/resources';
import { canAccess, type Action, type Role } from '../../domain/roles';
import { ApiError, notFound } from '../errors/apiError';
import { recordOf } from '../store/records';
import type { ReadState } from '../store/types';
import { grantsOf, type Actor } from './actor';

/**
 * The programme rule (src/domain/access.ts) applied to an actor and the state: every route
 * and change asks here, so one request is decided one way. A script (no role) may do anything.
 */

export const forbidden = () => new ApiError(403, 'Din rolle giver ikke adgang til denne handling');
/** Naming another programme in a write: refused without saying what is there. */
export const otherProgramme = () =>
  new ApiError(403, 'Du har ikke adgang til den helhedsplan', {
    programmeId: 'Ikke en af dine helhedsplaner',
  });

type Find = (resource: ResourceName, id: number) => StoredRecord | undefined;

/** The programme a stored or proposed record belongs to, read in the state as it is now. */
export const programmeIn = (state: ReadState, resource: ResourceName, record: Record<string, unknown>) =>
  programmeOf(resource, record, (r, id) => recordOf(state, r, id));

/** Whether the user may do it in that programme. */
export function mayBy(actor: Actor, action: Action, resource: string, programmeId: number | undefined) {
  const grants = grantsOf(actor);
  return grants === null || mayIn(grants, action, resource, programmeId);
}

/** Whether any role the user holds allows it in some programme: the gate, before a record is known. */
export function mayAnywhereBy(actor: Actor, action: Action, resource: string): boolean {
  const grants = grantsOf(actor);
  return grants === null || mayAnywhere(grants, action, resource);
}

/** The programmes where the user may do it; null means every programme. */
export function programmesFor(actor: Actor, action: Action, resource: string): ReadonlySet<number> | null {
  const grants = grantsOf(actor);
  return grants && programmesWhere(grants, action, resource);
}

/** The role whose limits a list across the user's programmes keeps: the weakest they hold there. */
export function listRoleFor(actor: Actor, resource: string): Role | undefined {
  const grants = grantsOf(actor);
  return grants ? listRole(grants, resource) : 'admin';
}

/** The user's role in a programme: undefined when they are not in it. */
export function roleInProgramme(actor: Actor, programmeId: number | null | undefined): Role | undefined {
  const grants = grantsOf(actor);
  return grants ? roleIn(grants, programmeId) : 'admin';
}

/**
 * The records as the user can see them: another programme's record is not there, so every
 * answer about it — a rule's, a reference's, a parent's — is the one for a record that does
 * not exist, never one that confirms it exists elsewhere.
 */
export function visibleTo(state: ReadState, actor: Actor): Find {
  const grants = grantsOf(actor);
  const lookup: Find = (resource, id) => recordOf(state, resource, id);
  if (grants === null) return lookup;
  const find: Find = (resource, id) => {
    const record = lookup(resource, id);
    return record && mayIn(grants, 'show', resource, programmeOf(resource, record, find))
      ? record
      : undefined;
  };
  return find;
}

/** The user's role for a record, through the programme it belongs to: undefined when it is another's. */
export function roleFor(
  state: ReadState,
  actor: Actor,
  resource: ResourceName,
  record: Record<string, unknown>,
): Role | undefined {
  return roleInProgramme(actor, programmeIn(state, resource, record));
}

/**
 * The user's role in a programme before they act there: 404 when they are not in it (never
 * 403, which would confirm what is there), 403 when their role there does not allow it.
 */
export function assertIn(actor: Actor, action: Action, resource: string, programmeId: number | undefined) {
  if (grantsOf(actor) === null) return;
  const role = roleInProgramme(actor, programmeId);
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
 * The programme of a record about to be written, decided once for the write and handed on:
 * read through the parents the user can see, so a parent of another programme counts as
 * missing (the reference check answers 400 "findes ikke" for it, as for one that does not
 * exist). A record naming a programme the user is not in is 403; undefined when its
 * programme cannot be told (its parent is missing).
 */
export function writeScope(
  state: ReadState,
  actor: Actor,
  action: Action,
  resource: ResourceName,
  record: Record<string, unknown>,
): number | undefined {
  const programmeId = programmeOf(resource, record, visibleTo(state, actor));
  if (grantsOf(actor) === null || programmeId === undefined) return programmeId;
  const role = roleInProgramme(actor, programmeId);
  if (!role) throw otherProgramme();
  if (!canAccess(role, action, resource)) throw forbidden();
  return programmeId;
}
