import type { Request } from 'express';
import type { Action } from '../../domain/roles';
import { makePeriod, type Period } from '../../domain/statistics/period';
import { assertIn } from '../access/programmeAccess';
import { badRequest, notFound } from '../errors/apiError';
import { recordOf } from '../store/records';
import type { ReadState } from '../store/types';
import { actorOf } from '../access/request';

/**
 * Reads `programmeId`, `year` and `projectYear` from the query: the period every statistic
 * covers, in a programme where the user may `action` on `resource` (another programme's is 404).
 */
export function periodOf(req: Request, state: ReadState, action: Action, resource: string): Period {
  const programmeId = Number(req.query.programmeId);
  const year = Number(req.query.year);
  const errors: Record<string, string> = {};
  if (!Number.isSafeInteger(programmeId) || programmeId < 1) errors.programmeId = 'Vælg en helhedsplan';
  if (!Number.isInteger(year) || year < 1990 || year > 2100) errors.year = 'Angiv et år mellem 1990 og 2100';
  if (Object.keys(errors).length > 0) throw badRequest('Ugyldig periode', errors);
  const programme = recordOf(state, 'programmes', programmeId);
  if (!programme) throw notFound();
  assertIn(actorOf(req), action, resource, programmeId);
  return makePeriod(programme, year, req.query.projectYear === 'true');
}
