import { describe, expect, it } from 'vitest';
import { dueNow, erased, retentionSchedule } from '../../src/domain/retention';

const programmes = [
  { id: 1, retentionMonths: 24 },
  { id: 2, retentionMonths: null },
];
const incident = (
  id: number,
  programmeId: number,
  occurredAt: string,
  status: string,
  notes: string | null = 'x',
) => ({
  id,
  programmeId,
  occurredAt,
  status,
  confidentialNotes: notes,
});

describe('what the retention rule erases, and when', () => {
  const db = {
    programmes,
    incidents: [
      incident(1, 1, '2024-11-23T10:00:00.000Z', 'closed'),
      incident(2, 1, '2024-11-23T10:00:00.000Z', 'open'),
      incident(3, 2, '2010-01-01T10:00:00.000Z', 'closed'),
      incident(4, 1, '2020-01-01T10:00:00.000Z', 'closed', null),
    ],
    incidentLogEntries: [
      { id: 1, incidentId: 1, confidentialNotes: 'y' },
      { id: 2, incidentId: 2, confidentialNotes: 'y' },
      { id: 3, incidentId: 1, confidentialNotes: null },
    ],
    actionPlans: [
      { id: 1, programmeId: 1, status: 'ended', endDate: '2024-11-22', confidentialNotes: 'z' },
      { id: 2, programmeId: 1, status: 'active', endDate: '2020-01-01', confidentialNotes: 'z' },
    ],
  };

  it('counts months on the Copenhagen calendar from the event, and from the day after a plan’s end', () => {
    const items = retentionSchedule(db);
    expect(items).toEqual([
      { resource: 'actionPlans', id: 1, programmeId: 1, dueAt: '2026-11-22T23:00:00.000Z' },
      { resource: 'incidents', id: 1, programmeId: 1, dueAt: '2026-11-23T10:00:00.000Z' },
      { resource: 'incidentLogEntries', id: 1, programmeId: 1, dueAt: '2026-11-23T10:00:00.000Z' },
    ]);
  });

  it('keeps open incidents, plans not ended, programmes without a rule, and what has nothing left', () => {
    expect(dueNow(db, new Date('2026-11-23T09:59:59.999Z')).map((i) => `${i.resource} ${i.id}`)).toEqual([
      'actionPlans 1',
    ]);
    expect(dueNow(db, new Date('2030-01-01T00:00:00Z')).map((i) => `${i.resource} ${i.id}`)).toEqual([
      'actionPlans 1',
      'incidents 1',
      'incidentLogEntries 1',
    ]);
  });

  it('erases the confidential fields and nothing else', () => {
    expect(erased('incidents', { id: 1, description: 'd', confidentialNotes: 'x' })).toEqual({
      id: 1,
      description: 'd',
      confidentialNotes: null,
    });
  });
});
