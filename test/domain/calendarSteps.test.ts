import { describe, expect, it } from 'vitest';
import {
  calendarSteps,
  meetingInCalendars,
  type CalendarMail,
  type CallInIncident,
} from '../../src/domain/callIn';

const A = '2026-12-07T13:00:00.000Z';
const B = '2026-12-08T08:30:00.000Z';
const PEOPLE = ['mette@example.dk', 'sara@example.dk'];

/** The mails the steps queue, as the outbox would keep them. */
const mailsOf = (steps: ReturnType<typeof calendarSteps>): CalendarMail[] =>
  steps.flatMap((s) =>
    s.to.map((to) => ({ to, kind: s.kind, sequence: s.sequence, meetingAt: s.meetingAt })),
  );

describe('the meeting in the invitees’ calendars', () => {
  it('sends every change of time, back to an earlier one too, with the next sequence and a cause of its own', () => {
    const sent: CalendarMail[] = [];
    const causes: string[] = [];
    let before: string | null = null;
    for (const at of [A, B, A]) {
      const steps = calendarSteps(7, before, at, sent, PEOPLE);
      expect(steps.map((s) => [s.kind, s.meetingAt, s.to])).toEqual([['invitation', at, PEOPLE]]);
      sent.push(...mailsOf(steps));
      causes.push(steps[0]!.cause);
      before = at;
    }
    expect(causes).toEqual(['invitation:7:0', 'invitation:7:1', 'invitation:7:2']);
    // The same write again owes nothing.
    expect(calendarSteps(7, A, A, sent, PEOPLE)).toEqual([]);
  });

  it('cancels for everyone holding it when the meeting is cleared, with the time they hold', () => {
    const sent = mailsOf(calendarSteps(7, null, A, [], PEOPLE));
    expect(calendarSteps(7, A, null, sent, PEOPLE)).toEqual([
      { kind: 'cancellation', cause: 'cancellation:7:1', sequence: 1, meetingAt: A, to: PEOPLE },
    ]);
  });

  it('cancels for one no longer invited, and invites one called later', () => {
    const sent = mailsOf(calendarSteps(7, null, A, [], PEOPLE));
    expect(calendarSteps(7, A, A, sent, ['sara@example.dk', 'anne@example.dk'])).toEqual([
      { kind: 'invitation', cause: 'invitation:7:1', sequence: 1, meetingAt: A, to: ['anne@example.dk'] },
      {
        kind: 'cancellation',
        cause: 'cancellation:7:1',
        sequence: 1,
        meetingAt: A,
        to: ['mette@example.dk'],
      },
    ]);
  });

  it('holds no meeting for a closed incident', () => {
    const incident = { status: 'open', meetingPlannedAt: A } as CallInIncident;
    expect(meetingInCalendars(incident)).toBe(A);
    expect(meetingInCalendars({ ...incident, status: 'closed' })).toBeNull();
    expect(meetingInCalendars({ ...incident, meetingPlannedAt: null })).toBeNull();
    expect(meetingInCalendars(undefined)).toBeNull();
  });
});
