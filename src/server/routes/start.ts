import { Router } from 'express';
import { DEMO_MARK } from '../../domain/programmeSchema';
import type { ProgrammeStart, StartState } from '../../domain/startChecklist';
import { programmesFor } from '../access/programmeAccess';
import { actorOf, allowedAnywhere } from '../access/request';
import { allUsers } from '../identity/users';
import { recordsOf } from '../store/records';
import type { Store } from '../store/store';

/** How many records of a resource each programme has, in one pass. */
function countBy(
  records: readonly Record<string, unknown>[],
  keep: (r: Record<string, unknown>) => boolean = () => true,
) {
  const counts = new Map<unknown, number>();
  for (const r of records) if (keep(r)) counts.set(r.programmeId, (counts.get(r.programmeId) ?? 0) + 1);
  return (id: number) => counts.get(id) ?? 0;
}

const inGroup = (group: number) => (p: Record<string, unknown>) =>
  Array.isArray(p.responseGroups) && p.responseGroups.includes(group);

/**
 * GET /api/start: the checklist of a new install and a new programme (src/domain/startChecklist.ts),
 * counted from what exists, for administrators, over the programmes they administer. Counts only:
 * a pass over areas, contacts, indicators and users, never over incidents.
 */
export function startRoutes(store: Store): Router {
  const router = Router();
  router.get('/start', allowedAnywhere('list', 'start', 'Kun administratorer ser tjeklisten'), (req, res) => {
    const mine = programmesFor(actorOf(req), 'list', 'start');
    const programmes = recordsOf(store, 'programmes').filter((p) => mine === null || mine.has(p.id));
    const areas = countBy(recordsOf(store, 'areas'));
    const contacts = countBy(recordsOf(store, 'participants'));
    const groupOne = countBy(recordsOf(store, 'participants'), inGroup(1));
    const groupTwo = countBy(recordsOf(store, 'participants'), inGroup(2));
    const indicators = countBy(recordsOf(store, 'indicators'));
    const members = allUsers(store).filter((u) => u.active !== false && u.role !== 'admin');
    const users = (id: number) =>
      members.filter((u) => u.memberships?.some((m) => m.programmeId === id)).length;
    const answer: StartState = {
      programmes: programmes
        .filter((p) => p[DEMO_MARK] !== true)
        .map((p): ProgrammeStart => ({
          id: p.id,
          name: String(p.name),
          areas: areas(p.id),
          contacts: contacts(p.id),
          groupOne: groupOne(p.id),
          groupTwo: groupTwo(p.id),
          users: users(p.id),
          indicators: indicators(p.id),
        })),
      demo: programmes.filter((p) => p[DEMO_MARK] === true).map((p) => ({ id: p.id, name: String(p.name) })),
    };
    res.json(answer);
  });
  return router;
}
