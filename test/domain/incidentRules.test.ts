import { describe, expect, it } from 'vitest';
import {
  deriveIncident,
  incidentView,
  responseGroupFor,
  type Incident,
} from '../../src/domain/incidentRules';
import { incidentSchema } from '../../src/domain/incidentSchema';

const input = incidentSchema.parse({
  programmeId: 1,
  areaId: 1,
  occurredAt: '2025-04-04T18:00:00+02:00',
  levelSetAt: '2025-04-04T19:30:00+02:00',
  level: 'yellow',
  category: 'stoneThrowing',
  activatedBy: 'police',
  description: 'Stenkast mod bus',
});
const now = new Date('2025-04-05T10:00:00Z');

describe('deriveIncident', () => {
  it('computes the deadline from the stated levelSetAt (Friday evening → Wednesday)', () => {
    const stored = deriveIncident(input, undefined, now);
    expect(stored.levelSetAt).toBe('2025-04-04T17:30:00.000Z');
    expect(stored.responseDeadline).toBe('2025-04-09T21:59:59.999Z');
  });

  it('defaults levelSetAt to now on create, never before the incident', () => {
    const { levelSetAt: _omit, ...rest } = input;
    expect(deriveIncident(rest, undefined, now).levelSetAt).toBe('2025-04-05T10:00:00.000Z');
    const future = { ...rest, occurredAt: '2025-04-06T10:00:00.000Z' };
    expect(deriveIncident(future, undefined, now).levelSetAt).toBe('2025-04-06T10:00:00.000Z');
  });

  it('restarts the clock when the level changes and the client kept the old levelSetAt', () => {
    const previous = { id: 1, ...deriveIncident(input, undefined, now) } as Incident;
    const red = deriveIncident({ ...input, level: 'red', levelSetAt: previous.levelSetAt }, previous, now);
    expect(red.levelSetAt).toBe(now.toISOString());
    expect(red.responseDeadline).toBe('2025-04-06T10:00:00.000Z');
  });

  it('keeps a levelSetAt the client states with the new level', () => {
    const previous = { id: 1, ...deriveIncident(input, undefined, now) } as Incident;
    const stated = '2025-04-05T08:00:00.000Z';
    expect(deriveIncident({ ...input, level: 'red', levelSetAt: stated }, previous, now).levelSetAt).toBe(
      stated,
    );
  });

  it('keeps the stored levelSetAt when the level is unchanged and none is sent', () => {
    const previous = { id: 1, ...deriveIncident(input, undefined, now) } as Incident;
    const { levelSetAt: _omit, ...rest } = input;
    const later = new Date('2025-04-20T00:00:00Z');
    expect(deriveIncident(rest, previous, later).levelSetAt).toBe(previous.levelSetAt);
  });
});

describe('incidentView', () => {
  it('derives the response group from the police case', () => {
    expect(responseGroupFor(true)).toBe(2);
    expect(responseGroupFor(false)).toBe(1);
  });

  it('marks an incident overdue when the meeting is missing past the deadline', () => {
    const stored = { id: 1, ...deriveIncident(input, undefined, now) } as Incident;
    expect(incidentView(stored, new Date('2025-04-09T21:59:59.999Z'))).toMatchObject({
      meetingStatus: 'pending',
      overdue: false,
    });
    expect(incidentView(stored, new Date('2025-04-09T22:00:00Z'))).toMatchObject({
      meetingStatus: 'overdue',
      overdue: true,
    });
  });
});
