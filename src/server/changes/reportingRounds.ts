import { owedItems } from '../../domain/reportingRules';
import type { Round } from '../../domain/reportingSchemas';
import { ApiError } from '../errors/apiError';
import { assertIn } from '../access/programmeAccess';
import { auditBy, type Actor } from '../access/actor';
import type { Change, Op } from '../store/types';
import { mailReporter, reportersIn, storedRound } from './reportingState';

const putRound = (round: Round): Op => ({
  op: 'put',
  coll: 'reportingRounds',
  record: { ...round, version: ((round as { version?: number }).version ?? 0) + 1 },
});

/**
 * Opens a draft round: each reporter that owes something gets one mail per contact, with a
 * link of its own (minted by the outbox when it sends, only its hash kept), in the same commit.
 */
export function openRound(id: number, actor: Actor): Change<Round> {
  return {
    decide(state, now) {
      const round = storedRound(state, id);
      assertIn(actor, 'edit', 'reportingRounds', round.programmeId);
      if (round.status !== 'draft') throw new ApiError(409, 'Runden er allerede åbnet');
      const opened: Round = { ...round, status: 'open', openedAt: now.toISOString() };
      const ops: Op[] = [putRound(opened)];
      for (const reporter of reportersIn(state, round.programmeId).filter((r) => owedItems(r).length > 0))
        ops.push(
          ...mailReporter(
            state,
            opened,
            reporter,
            'reportingLink',
            `round:${id}:reporter:${reporter.id}:link`,
            now,
            ops.length - 1,
          ),
        );
      return {
        ops,
        audit: [
          auditBy(actor, {
            action: 'statusChange',
            resource: 'reportingRounds',
            recordId: id,
            changes: { status: { before: 'draft', after: 'open' } },
          }),
        ],
        result: { ...opened, version: (round as { version?: number }).version! + 1 } as Round,
      };
    },
  };
}

/** Closes an open round: its links stop working; what was approved stays. */
export function closeRound(id: number, actor: Actor): Change<Round> {
  return {
    decide(state, now) {
      const round = storedRound(state, id);
      assertIn(actor, 'edit', 'reportingRounds', round.programmeId);
      if (round.status !== 'open') throw new ApiError(409, 'Kun en åben runde kan lukkes');
      const closed: Round = { ...round, status: 'closed', closedAt: now.toISOString() };
      return {
        ops: [putRound(closed)],
        audit: [
          auditBy(actor, {
            action: 'statusChange',
            resource: 'reportingRounds',
            recordId: id,
            changes: { status: { before: 'open', after: 'closed' } },
          }),
        ],
        result: { ...closed, version: (round as { version?: number }).version! + 1 } as Round,
      };
    },
  };
}
