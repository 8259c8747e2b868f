import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';

export interface Meeting {
  incidentId: number;
  /** How many times the meeting was planned before: a moved meeting updates the same entry. */
  sequence: number;
  start: string;
  summary: string;
  description: string;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string | null; email: string };
  host: string;
}

const MEETING_MINUTES = 60;

/** The meeting as an iCalendar REQUEST with one UID per incident, so calendars update rather than add. */
export function meetingInvitation(m: Meeting): string {
  const calendar = ical({
    method: ICalCalendarMethod.REQUEST,
    prodId: { company: 'beredskab', product: 'beredskab', language: 'DA' },
  });
  const start = new Date(m.start);
  calendar.createEvent({
    id: `incident-${m.incidentId}@${m.host}`,
    sequence: m.sequence,
    start,
    end: new Date(start.getTime() + MEETING_MINUTES * 60_000),
    summary: m.summary,
    description: m.description,
    url: m.url,
    organizer: m.organizer,
    attendees: [
      {
        name: m.attendee.name ?? undefined,
        email: m.attendee.email,
        rsvp: true,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
      },
    ],
  });
  return calendar.toString();
}
