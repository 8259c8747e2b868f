import { RESOURCES, VERSION, type StoredRecord } from '../../domain/resources';
import type { Provenance, Submission } from '../../domain/reportingSchemas';
import { lockedYearReason } from '../../domain/kpiRules';
import { diff } from '../store/audit';
import { ApiError, badRequest, notFound } from '../errors/apiError';
import { assertIn } from '../access/programmeAccess';
import { auditBy, type Actor } from '../access/actor';
import { writeContext } from '../access/writeContext';
import { recordsOf } from '../store/records';
import type { AuditDraft, Change, Op, ReadState } from '../store/types';
import { validateWrite } from './validation';
import { mailReporter, reporterOf, storedRound, submissionOf } from './reportingState';

type Review = { roundId: number; reporterId: number };

/** The report under review, in a round of a programme where the user may write figures. */
function underReview(state: ReadState, review: Review, actor: Actor) {
  const round = storedRound(state, review.roundId);
  assertIn(actor, 'edit', 'measurements', round.programmeId);
  const submission = submissionOf(state, round.id, review.reporterId);
  if (!submission) throw notFound();
  return { round, submission };
}

const putSubmission = (s: Submission, changes: Partial<Submission>): Submission => ({
  ...s,
  ...changes,
  version: s.version + 1,
});

function statusEntry(
  actor: Actor,
  before: Submission,
  after: Submission,
  extra: Record<string, unknown> = {},
): AuditDraft {
  return auditBy(actor, {
    action: 'statusChange',
    resource: 'reportingSubmissions',
    recordId: before.id,
    changes: {
      ...diff(before, after),
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, { before: null, after: v }])),
    },
  });
}

function refuseLockedYear(state: ReadState, actor: Actor, year: number, indicatorId: number, now: Date) {
  const reason = lockedYearReason({ indicatorId, year }, writeContext(state, actor, now));
  if (reason) throw new ApiError(409, `${reason}; lås året op for at godkende tal i det`);
}

/**
 * Approves a submitted report: its figures become the year's measurements with their
 * provenance, in one commit. Of two reviewers at once the second finds it approved (409).
 */
export function approveReport(review: Review, actor: Actor): Change<Submission> {
  return {
    decide(state, now) {
      const { round, submission } = underReview(state, review, actor);
      if (submission.status !== 'submitted')
        throw new ApiError(
          409,
          submission.status === 'approved'
            ? 'Indberetningen er allerede godkendt'
            : 'Kun en indsendt indberetning kan godkendes',
        );
      for (const item of submission.items) refuseLockedYear(state, actor, round.year, item.indicatorId, now);
      const ctx = writeContext(state, actor, now);
      const at = now.toISOString();
      const provenance: Provenance = {
        reporterId: submission.reporterId,
        roundId: round.id,
        submittedAt: submission.submittedAt!,
        approvedBy: actor.username,
        approvedAt: at,
      };
      const ops: Op[] = [];
      const audit: AuditDraft[] = [];
      let nextId = state.issuedId('measurements');
      const errors: Record<string, string> = {};
      for (const item of submission.items.filter((i) => i.value !== null)) {
        const previous = recordsOf(state, 'measurements').find(
          (m) => m.indicatorId === item.indicatorId && m.areaId === item.areaId && m.year === round.year,
        );
        try {
          const fields = validateWrite(
            RESOURCES.measurements,
            {
              ...previous,
              indicatorId: item.indicatorId,
              areaId: item.areaId,
              year: round.year,
              value: item.value,
              source: submission.organisation,
            },
            previous,
            ctx,
          );
          const record = {
            ...fields,
            provenance,
            id: previous?.id ?? ++nextId,
            [VERSION]: ((previous?.[VERSION] as number | undefined) ?? 0) + 1,
          } as StoredRecord;
          ops.push({ op: 'put', coll: 'measurements', record });
          audit.push(
            auditBy(actor, {
              action: previous ? 'update' : 'create',
              resource: 'measurements',
              recordId: record.id,
              changes: diff(previous, record),
            }),
          );
        } catch (err) {
          if (!(err instanceof ApiError) || err.status !== 400) throw err;
          errors[`${item.indicatorId}:${item.areaId ?? 'all'}`] =
            Object.values(err.errors ?? {})[0] ?? err.message;
        }
      }
      if (Object.keys(errors).length > 0)
        throw badRequest('Tallene kan ikke godkendes; intet er gemt', errors);
      const approved = putSubmission(submission, {
        status: 'approved',
        approvedBy: actor.username,
        approvedAt: at,
      });
      ops.push({ op: 'put', coll: 'reportingSubmissions', record: { ...approved } });
      audit.push(statusEntry(actor, submission, approved));
      return { ops, audit, result: approved };
    },
  };
}

/** Sends a submitted report back with a comment: the reporter is mailed, and the link opens the form again. */
export function returnReport(review: Review, comment: string, actor: Actor): Change<Submission> {
  return {
    decide(state, now) {
      const { round, submission } = underReview(state, review, actor);
      if (!comment.trim()) throw badRequest('Skriv, hvad der skal rettes', { comment: 'Skal udfyldes' });
      if (submission.status !== 'submitted')
        throw new ApiError(409, 'Kun en indsendt indberetning kan sendes tilbage');
      const returned = putSubmission(submission, {
        status: 'returned',
        returnComment: comment.trim().slice(0, 2000),
      });
      const reporter = reporterOf(state, submission.reporterId);
      const ops: Op[] = [{ op: 'put', coll: 'reportingSubmissions', record: { ...returned } }];
      if (reporter)
        ops.push(
          ...mailReporter(
            state,
            round,
            reporter,
            'reportingReturned',
            `round:${round.id}:reporter:${reporter.id}:return:${returned.version}`,
            now,
          ),
        );
      return { ops, audit: [statusEntry(actor, submission, returned)], result: returned };
    },
  };
}

/**
 * Undoes an approval, with a reason (audited): the report is submitted again and its figures,
 * still there, are no longer locked as approved. A locked year refuses it as it refuses approvals.
 */
export function unapproveReport(review: Review, reason: string, actor: Actor): Change<Submission> {
  return {
    decide(state, now) {
      const { round, submission } = underReview(state, review, actor);
      if (!reason.trim())
        throw badRequest('Skriv en begrundelse for at fortryde godkendelsen', { reason: 'Skal udfyldes' });
      if (submission.status !== 'approved') throw new ApiError(409, 'Indberetningen er ikke godkendt');
      for (const item of submission.items) refuseLockedYear(state, actor, round.year, item.indicatorId, now);
      const ops: Op[] = [];
      const audit: AuditDraft[] = [];
      for (const m of recordsOf(state, 'measurements')) {
        const p = m.provenance as Provenance | null | undefined;
        if (!p || p.roundId !== round.id || p.reporterId !== submission.reporterId || m.year !== round.year)
          continue;
        const record = {
          ...m,
          provenance: { ...p, approvedBy: null, approvedAt: null },
          [VERSION]: (m[VERSION] as number) + 1,
        };
        ops.push({ op: 'put', coll: 'measurements', record });
        audit.push(
          auditBy(actor, {
            action: 'update',
            resource: 'measurements',
            recordId: m.id,
            changes: diff(m, record),
          }),
        );
      }
      const undone = putSubmission(submission, { status: 'submitted', approvedBy: null, approvedAt: null });
      ops.push({ op: 'put', coll: 'reportingSubmissions', record: { ...undone } });
      audit.push(statusEntry(actor, submission, undone, { reason: reason.trim().slice(0, 1000) }));
      return { ops, audit, result: undone };
    },
  };
}
