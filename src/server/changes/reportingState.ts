import type { Notification } from '../../domain/notificationSchema';
import { closedDaysOf } from '../../domain/programmeSchema';
import type { Reporter, Round, Submission } from '../../domain/reportingSchemas';
import { roundProgress, type Progress } from '../../domain/reportingRules';
import { notFound } from '../errors/apiError';
import type { Op, ReadState } from '../store/types';
import { allUsers } from '../identity/users';
import { queueMails } from './callIn';
import { mailByTokenHash } from './replyTokens';

/** Mails that carry a reporter's link: each mints a token of its own, for that reporter in that round. */
export const LINK_KINDS: ReadonlySet<string> = new Set([
  'reportingLink',
  'reportingReminder',
  'reportingLate',
  'reportingReturned',
]);

export const roundOf = (state: ReadState, id: number) =>
  state.find('reportingRounds', id) as unknown as Round | undefined;
export const reporterOf = (state: ReadState, id: number) =>
  state.find('reporters', id) as unknown as Reporter | undefined;
export const reportersIn = (state: ReadState, programmeId: number) =>
  (state.all('reporters') as unknown as Reporter[]).filter((r) => r.programmeId === programmeId);
export const submissionOf = (state: ReadState, roundId: number, reporterId: number) =>
  (state.table('reportingSubmissions').where('roundId', roundId) as unknown as Submission[]).find(
    (s) => s.reporterId === reporterId,
  );

export function storedRound(state: ReadState, id: number): Round {
  const round = roundOf(state, id);
  if (!round) throw notFound();
  return round;
}

/** A round's completeness as the state holds it now. */
export function progressOf(state: ReadState, round: Round): Progress {
  const indicatorIds = new Set(
    state
      .all('indicators')
      .filter((i) => i.programmeId === round.programmeId)
      .map((i) => i.id as number),
  );
  return roundProgress({
    round,
    reporters: reportersIn(state, round.programmeId),
    submissions: state.table('reportingSubmissions').where('roundId', round.id) as unknown as Submission[],
    measurements: (
      state.all('measurements') as unknown as Parameters<typeof roundProgress>[0]['measurements'][number][]
    ).filter((m) => indicatorIds.has(m.indicatorId)),
    closedDays: closedDaysOf(
      state.find('programmes', round.programmeId) as Record<string, unknown> | undefined,
    ),
  });
}

/** What a link's token stands for: a reporter in an open round of its programme; nothing else, whatever exists. */
export interface LinkTarget {
  round: Round;
  reporter: Reporter;
  submission: Submission | undefined;
}

export function linkTarget(state: ReadState, tokenHash: string): LinkTarget | undefined {
  const n = mailByTokenHash(state, tokenHash) as
    (Notification & { roundId?: number | null; reporterId?: number | null }) | undefined;
  if (!n || !LINK_KINDS.has(n.kind) || !n.roundId || !n.reporterId) return undefined;
  const round = roundOf(state, n.roundId);
  const reporter = reporterOf(state, n.reporterId);
  if (!round || round.status !== 'open' || !reporter || reporter.programmeId !== round.programmeId)
    return undefined;
  return { round, reporter, submission: submissionOf(state, round.id, reporter.id) };
}

export function storedLinkTarget(state: ReadState, tokenHash: string): LinkTarget {
  const target = linkTarget(state, tokenHash);
  if (!target) throw notFound();
  return target;
}

/** Mails to a reporter's contacts, once per cause (the outbox's rule), with the reporter and round named. */
export function mailReporter(
  state: ReadState,
  round: Round,
  reporter: Reporter,
  kind: Notification['kind'],
  cause: string,
  now: Date,
  already = 0,
): Op[] {
  return queueMails(
    state,
    {
      incidentId: null,
      programmeId: round.programmeId,
      kind,
      cause,
      roundId: round.id,
      reporterId: reporter.id,
    },
    reporter.contacts.map((c) => ({ participantId: c.participantId ?? null, name: c.name, to: c.email })),
    now,
    already,
  );
}

/** The programme's administrators who can be mailed: active users administering it, with an e-mail. */
export function programmeAdminAddresses(state: ReadState, programmeId: number) {
  return allUsers(state)
    .filter(
      (u) =>
        u.active &&
        u.email &&
        (u.memberships ?? []).some((m) => m.programmeId === programmeId && m.role === 'programmeAdmin'),
    )
    .map((u) => ({ participantId: null, name: u.fullName, to: u.email! }));
}
