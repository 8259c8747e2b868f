import { describe, it, expect } from 'vitest';
import { DateTime } from 'luxon';
import {
  RED_HOURS,
  YELLOW_WORKING_DAYS,
  isOverdue,
  meetingStatus,
  responseDeadline,
  type MeetingStatus,
} from '../../src/domain/deadlines';

/** Deadline rendered in Copenhagen local time, to check the wall clock and the offset. */
const local = (iso: string | null) =>
  DateTime.fromISO(iso ?? 'missing', { zone: 'Europe/Copenhagen' }).toISO();

it('rule constants', () => {
  expect([YELLOW_WORKING_DAYS, RED_HOURS]).toEqual([3, 24]);
});

describe('responseDeadline: yellow (end of 3rd working day after the local day)', () => {
  it.each([
    ['Monday 10:00 → Thursday', '2025-04-07T10:00:00+02:00', '2025-04-10T21:59:59.999Z'],
    ['Monday 00:01 still does not count itself', '2025-04-07T00:01:00+02:00', '2025-04-10T21:59:59.999Z'],
    ['Friday evening → Mon, Tue, Wed', '2025-03-07T21:30:00+01:00', '2025-03-12T22:59:59.999Z'],
    ['Saturday → Mon, Tue, Wed', '2025-03-08T10:00:00+01:00', '2025-03-12T22:59:59.999Z'],
    ['Easter 2025 (17, 18, 21 are holidays)', '2025-04-16T09:00:00+02:00', '2025-04-24T21:59:59.999Z'],
    ['Christmas 2025 (24 counts, 25/26 do not)', '2025-12-23T15:00:00+01:00', '2025-12-30T22:59:59.999Z'],
    ['New Year (1 Jan 2026 skipped)', '2025-12-30T12:00:00+01:00', '2026-01-05T22:59:59.999Z'],
    ['Kristi himmelfart 2025-05-29 skipped', '2025-05-28T12:00:00+02:00', '2025-06-03T21:59:59.999Z'],
    ['2. pinsedag 2025-06-09 skipped', '2025-06-06T12:00:00+02:00', '2025-06-12T21:59:59.999Z'],
    ['grundlovsdag 2025-06-05 counts', '2025-06-03T12:00:00+02:00', '2025-06-06T21:59:59.999Z'],
    ['store bededag 2023-05-05 skipped', '2023-05-03T12:00:00+02:00', '2023-05-09T21:59:59.999Z'],
    ['2024-04-26 counts (store bededag abolished)', '2024-04-24T12:00:00+02:00', '2024-04-29T21:59:59.999Z'],
  ])('%s', (_label, setAt, expected) => {
    expect(responseDeadline('yellow', setAt)).toBe(expected);
  });

  it('time zone trap: the Copenhagen date counts, not the UTC date', () => {
    // Sunday 23:30 local = Sunday 22:30Z → counts from Monday.
    expect(responseDeadline('yellow', '2025-03-09T22:30:00Z')).toBe('2025-03-12T22:59:59.999Z');
    // Monday 00:30 local = Sunday 23:30Z → the day set is Monday, so counts from Tuesday.
    expect(responseDeadline('yellow', '2025-03-09T23:30:00Z')).toBe('2025-03-13T22:59:59.999Z');
    expect(responseDeadline('yellow', '2025-03-10T00:30:00+01:00')).toBe('2025-03-13T22:59:59.999Z');
  });

  it.each([
    // spring-forward: set in winter, Fri 28, Mon 31, Tue 1 → end of day in summer time
    ['2025-03-27T10:00:00+01:00', '2025-04-01T21:59:59.999Z', '2025-04-01T23:59:59.999+02:00'],
    // fall-back: set in summer, Fri 24, Mon 27, Tue 28 → end of day in winter time
    ['2025-10-23T10:00:00+02:00', '2025-10-28T22:59:59.999Z', '2025-10-28T23:59:59.999+01:00'],
  ])('across DST: %s → %s (%s local)', (setAt, utc, wall) => {
    const d = responseDeadline('yellow', setAt);
    expect(d).toBe(utc);
    expect(local(d)).toBe(wall);
  });
  it('every quarter hour around both clock changes of 2025 and 2026 falls on its Copenhagen day', () => {
    const windows = ['2025-03-28', '2025-10-24', '2026-03-27', '2026-10-23'];
    for (const start of windows) {
      const from = Date.parse(`${start}T00:00:00Z`);
      for (let ms = from; ms < from + 4 * 86_400_000; ms += 15 * 60_000) {
        const at = new Date(ms).toISOString();
        const day = DateTime.fromMillis(ms, { zone: 'Europe/Copenhagen' }).toISODate()!;
        // The deadline of the set-at time equals the deadline of noon on its local day.
        const noon = DateTime.fromISO(`${day}T12:00`, { zone: 'Europe/Copenhagen' }).toUTC().toISO()!;
        expect(responseDeadline('yellow', at), at).toBe(responseDeadline('yellow', noon));
      }
    }
  });
});

describe('responseDeadline: red (24 elapsed hours)', () => {
  it.each([
    [
      'ordinary day',
      '2025-04-07T10:00:00+02:00',
      '2025-04-08T08:00:00.000Z',
      '2025-04-08T10:00:00.000+02:00',
    ],
    [
      'spring-forward 2025-03-30',
      '2025-03-29T12:00:00+01:00',
      '2025-03-30T11:00:00.000Z',
      '2025-03-30T13:00:00.000+02:00',
    ],
    [
      'fall-back 2025-10-26',
      '2025-10-25T12:00:00+02:00',
      '2025-10-26T10:00:00.000Z',
      '2025-10-26T11:00:00.000+01:00',
    ],
  ])('%s: %s → %s (%s local)', (_label, setAt, utc, wall) => {
    const d = responseDeadline('red', setAt);
    expect(d).toBe(utc);
    expect(local(d)).toBe(wall);
  });
});

describe('responseDeadline: green and invalid input', () => {
  it('green has no response meeting', () => {
    expect(responseDeadline('green', '2025-04-07T10:00:00+02:00')).toBeNull();
  });

  it.each(['not a date', '2025-04-07T10:00:00', '2025-04-07', '2025-02-30T10:00:00Z', ''])(
    'throws a clear error for %j',
    (bad) => {
      expect(() => responseDeadline('yellow', bad)).toThrow(/Invalid levelSetAt/);
      expect(() => responseDeadline('green', bad)).toThrow(/Invalid levelSetAt/);
    },
  );
});

describe('meetingStatus', () => {
  const deadline = '2025-04-10T21:59:59.999Z';
  const before = new Date('2025-04-10T12:00:00Z');
  const after = new Date('2025-04-11T08:00:00Z');
  const yellow = (meetingHeldAt: string | null) =>
    ({ level: 'yellow', responseDeadline: deadline, meetingHeldAt }) as const;

  it('notRequired for green or without a deadline', () => {
    expect(meetingStatus({ level: 'green', responseDeadline: null, meetingHeldAt: null }, after)).toBe(
      'notRequired',
    );
    expect(meetingStatus({ level: 'red', responseDeadline: null, meetingHeldAt: null }, after)).toBe(
      'notRequired',
    );
  });

  it('pending when not held and the deadline has not passed (also exactly at it)', () => {
    expect(meetingStatus(yellow(null), before)).toBe('pending');
    expect(meetingStatus(yellow(null), new Date(deadline))).toBe('pending');
  });

  it('overdue when not held and now is past the deadline', () => {
    expect(meetingStatus(yellow(null), after)).toBe('overdue');
    expect(meetingStatus(yellow(null), new Date('2025-04-10T22:00:00.000Z'))).toBe('overdue');
  });

  it('onTime when held before or exactly at the deadline, regardless of now', () => {
    expect(meetingStatus(yellow('2025-04-09T08:00:00Z'), after)).toBe('onTime');
    expect(meetingStatus(yellow('2025-04-10T23:59:59.999+02:00'), after)).toBe('onTime');
  });

  it('late when held after the deadline', () => {
    expect(meetingStatus(yellow('2025-04-11T00:00:00+02:00'), after)).toBe('late');
  });

  describe('a planned meeting', () => {
    const planned = (meetingPlannedAt: string | null, meetingHeldAt: string | null = null) => ({
      ...yellow(meetingHeldAt),
      meetingPlannedAt,
    });

    it('is planned once a time is set and until it is held, also when planned past the deadline', () => {
      expect(meetingStatus(planned('2025-04-10T14:00:00.000Z'), before)).toBe('planned');
      expect(meetingStatus(planned('2025-04-12T14:00:00.000Z'), before)).toBe('planned');
      // Without a time it is still only pending.
      expect(meetingStatus(planned(null), before)).toBe('pending');
    });

    it('is held (on time or late) once held, whatever was planned', () => {
      expect(meetingStatus(planned('2025-04-10T14:00:00.000Z', '2025-04-10T14:05:00Z'), after)).toBe(
        'onTime',
      );
      expect(meetingStatus(planned('2025-04-10T14:00:00.000Z', '2025-04-11T09:00:00Z'), after)).toBe('late');
    });

    it('is overdue when the deadline passed without the meeting being held', () => {
      expect(meetingStatus(planned('2025-04-10T14:00:00.000Z'), after)).toBe('overdue');
    });

    it('stays not required on a green incident', () => {
      expect(
        meetingStatus(
          { level: 'green', responseDeadline: null, meetingHeldAt: null, meetingPlannedAt: deadline },
          before,
        ),
      ).toBe('notRequired');
    });

    it('throws on an invalid planned time', () => {
      expect(() => meetingStatus(planned('tomorrow'), before)).toThrow(/Invalid meetingPlannedAt/);
    });
  });

  it('throws on invalid dates', () => {
    expect(() => meetingStatus(yellow('yesterday'), after)).toThrow(/Invalid meetingHeldAt/);
    expect(() => meetingStatus({ ...yellow(null), responseDeadline: 'soon' }, after)).toThrow(
      /Invalid responseDeadline/,
    );
    expect(() => meetingStatus(yellow(null), new Date('nope'))).toThrow(/Invalid now/);
  });
});

describe('isOverdue', () => {
  it('flags exactly the late and the overdue statuses', () => {
    const all: MeetingStatus[] = ['notRequired', 'pending', 'planned', 'onTime', 'late', 'overdue'];
    expect(all.filter(isOverdue)).toEqual(['late', 'overdue']);
  });
});

describe('responseDeadline: a programme’s extra closed days', () => {
  // Grundlovsdag 2025 is a Thursday; the Monday after is 2. pinsedag, a public holiday.
  it.each([
    [
      'christmasEve',
      '2025-12-22T10:00:00+01:00',
      '2025-12-29T23:59:59.999+01:00',
      '2025-12-30T23:59:59.999+01:00',
    ],
    [
      'newYearsEve',
      '2025-12-29T10:00:00+01:00',
      '2026-01-02T23:59:59.999+01:00',
      '2026-01-05T23:59:59.999+01:00',
    ],
    [
      'constitutionDay',
      '2025-06-03T10:00:00+02:00',
      '2025-06-06T23:59:59.999+02:00',
      '2025-06-10T23:59:59.999+02:00',
    ],
  ] as const)(
    '%s: a working day by default, closed when the programme says so',
    (day, setAt, open, closed) => {
      expect(local(responseDeadline('yellow', setAt))).toBe(open);
      expect(local(responseDeadline('yellow', setAt, [day]))).toBe(closed);
      // Red counts hours, not days.
      expect(responseDeadline('red', setAt, [day])).toBe(responseDeadline('red', setAt));
    },
  );
});
