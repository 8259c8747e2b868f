import { REFERENCES, referencedIds } from '../../domain/references';
import { RESOURCE_NAMES, RESOURCES, VERSION, type ResourceName } from '../../domain/resources';
import { ApiError } from '../errors/apiError';
import { diff } from '../store/audit';
import { programmeIn } from '../access/programmeAccess';
import { recordsOf } from '../store/records';
import type { AuditDraft, Change, Op, ReadState } from '../store/types';
import { allUsers, byHandOf, type User } from '../identity/users';
import { auditBy, type Actor } from '../access/actor';
import { isSeedProgramme, type SeedProgramme } from '../store/demoSeed';

/** What removing the demo data removed: the programmes by name, and how many records of each kind. */
export interface DemoRemoval {
  programmes: { id: number; name: string }[];
  counts: Partial<Record<ResourceName, number>>;
  /** Users who lost a membership of a demo programme. */
  users: number;
  directoryMappings: number;
}

const UPGRADE: Actor = { userId: null, username: 'opstart', role: null };

/** The programmes made from the demo seed: marked `demo: true` when the store was created (demoSeed.ts). */
export const demoProgrammeIds = (state: ReadState): Set<number> =>
  new Set(
    recordsOf(state, 'programmes')
      .filter((p) => p.demo === true)
      .map((p) => p.id),
  );

/**
 * Stores created before the mark was written: a programme is the demo's when it has a demo
 * seed programme's id, name and municipality and was never created through the API (the audit log
 * has no `create` for it). Ids are never reused, so a programme made by hand cannot pass for
 * one. One commit, audited per programme; a second start finds nothing to do.
 */
export function markDemoProgrammes(seed: readonly SeedProgramme[], createdByHand: ReadonlySet<number>) {
  return {
    decide(state) {
      const ops: Op[] = [];
      const audit: AuditDraft[] = [];
      for (const p of recordsOf(state, 'programmes')) {
        if (p.demo !== undefined || createdByHand.has(p.id)) continue;
        if (!isSeedProgramme(seed, p)) continue;
        ops.push({
          op: 'put',
          coll: 'programmes',
          record: { ...p, demo: true, [VERSION]: (p[VERSION] as number) + 1 },
        });
        audit.push(
          auditBy(UPGRADE, {
            action: 'update',
            resource: 'programmes',
            recordId: p.id,
            programmeId: p.id,
            changes: { demo: { before: null, after: true } },
          }),
        );
      }
      return { ops, audit, result: ops.length };
    },
  } satisfies Change<number>;
}

/** Every record of the demo programmes, per resource: its own, and what hangs on those (log entries, figures). */
function demoRecords(state: ReadState, ids: ReadonlySet<number>): Map<ResourceName, Set<number>> {
  const doomed = new Map<ResourceName, Set<number>>();
  for (const name of RESOURCE_NAMES) {
    const own = recordsOf(state, name).filter((r) => ids.has(programmeIn(state, name, r) ?? -1));
    doomed.set(name, new Set(own.map((r) => r.id)));
  }
  return doomed;
}

/** A record left behind that points at one to be removed: then nothing is removed (409). */
function assertNothingLeftPointing(state: ReadState, doomed: Map<ResourceName, Set<number>>) {
  for (const ref of REFERENCES) {
    const targets = doomed.get(ref.to)!;
    if (targets.size === 0) continue;
    const leaving = doomed.get(ref.from)!;
    const stuck = recordsOf(state, ref.from).find(
      (r) => !leaving.has(r.id) && referencedIds(r, ref.path).some(({ id }) => targets.has(id)),
    );
    if (stuck)
      throw new ApiError(
        409,
        `Demodata kan ikke fjernes, fordi ${RESOURCES[ref.from].noun.definite} (id ${stuck.id}) i en anden helhedsplan henviser til ${RESOURCES[ref.to].noun.definite} (id ${referencedIds(stuck, ref.path)[0]!.id}) i demodata`,
      );
  }
}

/**
 * Removes the demo programmes and every record that belongs to them, in one commit: areas,
 * contacts, incidents and their log entries, plans, indicators and figures, activities and
 * their log books, year locks, mails; their memberships are taken from users and the
 * directory's mappings to them dropped. Programmes made by hand and everything of theirs
 * stay as they are. Audited per programme (counts, no content); nothing to remove is no
 * change at all, so a second removal is harmless.
 */
export function removeDemo(actor: Actor): Change<DemoRemoval> {
  return {
    decide(state) {
      const ids = demoProgrammeIds(state);
      const doomed = demoRecords(state, ids);
      assertNothingLeftPointing(state, doomed);
      const ops: Op[] = [];
      for (const [name, set] of doomed) for (const id of set) ops.push({ op: 'delete', coll: name, id });

      const programmes = recordsOf(state, 'programmes').filter((p) => ids.has(p.id));
      const audit: AuditDraft[] = programmes.map((p) =>
        auditBy(actor, {
          action: 'demoRemoved',
          resource: 'programmes',
          recordId: p.id,
          programmeId: p.id,
          changes: {
            name: { before: p.name, after: null },
            ...Object.fromEntries(
              RESOURCE_NAMES.filter((name) => name !== 'programmes').flatMap((name) => {
                const n = recordsOf(state, name).filter((r) => programmeIn(state, name, r) === p.id).length;
                return n > 0 ? [[name, { before: n, after: 0 }]] : [];
              }),
            ),
          },
        }),
      );

      let users = 0;
      for (const user of allUsers(state)) {
        const kept = (user.memberships ?? []).filter((m) => !ids.has(m.programmeId));
        if (kept.length === (user.memberships ?? []).length) continue;
        const after: User = {
          ...user,
          memberships: kept,
          ...(user.directory
            ? {
                directory: {
                  ...user.directory,
                  memberships: user.directory.memberships.filter((m) => !ids.has(m.programmeId)),
                  byHand: {
                    admin: byHandOf(user).admin,
                    memberships: byHandOf(user).memberships.filter((m) => !ids.has(m.programmeId)),
                  },
                },
              }
            : {}),
          version: (user.version ?? 1) + 1,
        };
        ops.push({ op: 'put', coll: 'users', record: { ...after } });
        audit.push(
          auditBy(actor, {
            action: 'userUpdate',
            resource: 'users',
            recordId: user.id,
            changes: { memberships: { before: user.memberships, after: kept } },
          }),
        );
        users++;
      }

      const mappings = state
        .all('directoryMappings')
        .filter((m) => typeof m.programmeId === 'number' && ids.has(m.programmeId));
      for (const m of mappings) {
        ops.push({ op: 'delete', coll: 'directoryMappings', id: m.id });
        audit.push(
          auditBy(actor, {
            action: 'delete',
            resource: 'directoryMappings',
            recordId: m.id as number,
            changes: diff(m, undefined),
          }),
        );
      }

      const counts = Object.fromEntries(
        [...doomed].filter(([, set]) => set.size > 0).map(([name, set]) => [name, set.size]),
      );
      return {
        ops,
        audit,
        result: {
          programmes: programmes.map((p) => ({ id: p.id, name: String(p.name) })),
          counts,
          users,
          directoryMappings: mappings.length,
        },
      };
    },
  };
}
