import { closedDaysOf } from '../../domain/programmeSchema';
import { reminderMoments } from '../../domain/reportingRules';
import type { Round } from '../../domain/reportingSchemas';
import { queueMails } from './callIn';
import type { Op, ReadState } from '../store/types';
import { mailReporter, programmeAdminAddresses, progressOf, reporterOf } from './reportingState';

/**
 * The reminders of open rounds due at `now`, each once (the outbox's cause): reporters that
 * have not submitted get a mail `remindDaysBefore` days before the due date and on the day
 * after it (a due date on a holiday or weekend moved to the next working day), and the
 * programme's administrators one mail naming the late reporters. On the server's clock.
 */
export function roundTimerOps(state: ReadState, now: Date, already = 0): Op[] {
  const ops: Op[] = [];
  const at = now.toISOString();
  for (const round of state.all('reportingRounds') as unknown as Round[]) {
    if (round.status !== 'open') continue;
    const programme = state.find('programmes', round.programmeId) as Record<string, unknown> | undefined;
    const moments = reminderMoments(round, closedDaysOf(programme));
    if (at < moments.before) continue;
    const late = at >= moments.after;
    const owing = progressOf(state, round).reporters.filter((r) => !r.received);
    for (const row of owing) {
      const reporter = reporterOf(state, row.reporterId);
      if (!reporter) continue;
      const step = late ? 'after' : 'before';
      ops.push(
        ...mailReporter(
          state,
          round,
          reporter,
          late ? 'reportingLate' : 'reportingReminder',
          `round:${round.id}:reporter:${reporter.id}:${step}`,
          now,
          already + ops.length,
        ),
      );
    }
    if (late && owing.length > 0) {
      const recipients = programmeAdminAddresses(state, round.programmeId);
      if (typeof programme?.adminEmail === 'string' && programme.adminEmail)
        recipients.push({ participantId: null, name: 'Sekretariatet', to: programme.adminEmail });
      ops.push(
        ...queueMails(
          state,
          {
            incidentId: null,
            programmeId: round.programmeId,
            kind: 'reportingLateList',
            cause: `round:${round.id}:late`,
            roundId: round.id,
            reporterId: null,
          },
          recipients,
          now,
          already + ops.length,
        ),
      );
    }
  }
  return ops;
}
