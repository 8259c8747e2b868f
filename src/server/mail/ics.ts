import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

export interface Meeting {
  /** REQUEST for a new or moved meeting, CANCEL to take it out of the attendee's calendar. */
  method: 'REQUEST' | 'CANCEL';
  /** The same for every mail about one incident's meeting, so calendars update rather than add. */
  uid: string;
  /** One more on every change: a calendar keeps the entry with the highest. */
  sequence: number;
  start: string;
  summary: string;
  description: string;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string | null; email: string };
}

const MEETING_MINUTES = 60;

/**
 * A parameter value as RFC 6868 writes it within quotes: ^ as ^^, " as ^', a line break
 * as ^n. ical-generator quotes the value and escapes a backslash, which RFC 5545 parsers
 * (ical.js) read back; it would write " as \", which is not RFC 5545.
 */
export function rfc6868(value: string): string {
  return value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r?\n|\r/g, '^n');
}

/**
 * The meeting as an iCalendar object (RFC 5545/5546) for one attendee. RSVP=FALSE: the
 * answer goes through the mail's reply links, as nothing reads a calendar's REPLY mail.
 */
export function meetingCalendar(m: Meeting): string {
  const calendar = ical({
    method: m.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    prodId: { company: 'beredskab', product: 'beredskab', language: 'DA' },
  });
  const start = new Date(m.start);
  calendar.createEvent({
    id: m.uid,
    sequence: m.sequence,
    status: m.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    start,
    end: new Date(start.getTime() + MEETING_MINUTES * 60_000),
    summary: m.summary,
    description: m.description,
    url: m.url,
    organizer: { ...m.organizer, name: rfc6868(m.organizer.name) },
    attendees: [
      {
        name: m.attendee.name === null ? undefined : rfc6868(m.attendee.name),
        email: m.attendee.email,
        rsvp: false,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
      },
    ],
  });
  const text = calendar.toString();
  // RFC 5545 ends every line, the last one too, with CRLF.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
