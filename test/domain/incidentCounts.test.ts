import { describe, expect, it } from 'vitest';
import {
  awaitsOverdueMeeting,
  openByProgrammeAndLevel,
  overdueByProgramme,
} from '../../src/domain/incidentCounts';

const now = new Date('2026-11-23T12:00:00Z');
const incident = (over: object) => ({
  programmeId: 1,
  level: 'red' as const,
  status: 'open' as const,
  responseDeadline: '2026-11-23T10:00:00.000Z',
  meetingHeldAt: null,
  meetingPlannedAt: null,
  ...over,
});

describe('incident counts for operators', () => {
  it('an open incident awaits an overdue meeting once its deadline passed without one', () => {
    expect(awaitsOverdueMeeting(incident({}), now)).toBe(true);
    // Planned is not held: still owed.
    expect(awaitsOverdueMeeting(incident({ meetingPlannedAt: '2026-11-23T09:00:00.000Z' }), now)).toBe(true);
    expect(awaitsOverdueMeeting(incident({ responseDeadline: '2026-11-23T13:00:00.000Z' }), now)).toBe(false);
    // Held late, closed, or green: nothing awaited.
    expect(awaitsOverdueMeeting(incident({ meetingHeldAt: '2026-11-23T11:00:00.000Z' }), now)).toBe(false);
    expect(awaitsOverdueMeeting(incident({ status: 'closed' }), now)).toBe(false);
    expect(awaitsOverdueMeeting(incident({ level: 'green', responseDeadline: null }), now)).toBe(false);
  });

  it('counts open incidents by programme and level, every named programme and level present', () => {
    const counts = openByProgrammeAndLevel(
      [1, 2],
      [
        incident({}),
        incident({ level: 'yellow' }),
        incident({ status: 'closed' }),
        incident({ programmeId: 3 }),
      ],
    );
    expect(Object.fromEntries(counts)).toEqual({
      1: { green: 0, yellow: 1, red: 1 },
      2: { green: 0, yellow: 0, red: 0 },
      3: { green: 0, yellow: 0, red: 1 },
    });
  });

  it('counts overdue incidents by programme, 0 for a programme with none', () => {
    const counts = overdueByProgramme([1, 2], [incident({}), incident({ status: 'closed' })], now);
    expect(Object.fromEntries(counts)).toEqual({ 1: 1, 2: 0 });
  });
});
