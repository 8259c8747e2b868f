import { describe, expect, it } from 'vitest';
import { criterionResult } from '../../src/domain/activityAttainment';
import type { ActivityLog, SuccessCriterion } from '../../src/domain/activitySchemas';

const log = (areaId: number, participants: number, volunteers: number | null = null): ActivityLog => ({
  id: 0,
  activityId: 1,
  areaId,
  date: '2018-05-01',
  participants,
  volunteers,
  note: null,
});

const criterion = (c: Partial<SuccessCriterion>): SuccessCriterion => ({
  description: 'x',
  metric: 'participants',
  target: 200,
  scope: 'projectYear',
  perArea: false,
  ...c,
});

describe('activity success criteria (seed 003)', () => {
  it('Vejviseren: 200 participants per project year, summed over the sessions', () => {
    expect(criterionResult(criterion({}), [log(1, 120), log(2, 90)], [1, 2])).toEqual({
      actual: 210,
      target: 200,
      status: 'met',
    });
    expect(criterionResult(criterion({}), [log(1, 120)], [1, 2]).status).toBe('notMet');
  });

  it('Vejviseren: at least four tours in every area', () => {
    const tours = criterion({ metric: 'sessions', target: 4, perArea: true });
    const logs = [1, 1, 1, 1, 2, 2, 2].map((area) => log(area, 10));
    const result = criterionResult(tours, logs, [1, 2]);
    expect(result.status).toBe('notMet');
    expect(result.areas).toEqual([
      { areaId: 1, actual: 4, status: 'met' },
      { areaId: 2, actual: 3, status: 'notMet' },
    ]);
  });

  it('counts volunteers as the most at once in each area, added up over the areas', () => {
    const volunteers = criterion({ metric: 'volunteers', target: 25 });
    const logs = [log(1, 5, 12), log(1, 5, 9), log(2, 5, 14)];
    expect(criterionResult(volunteers, logs, [1, 2])).toMatchObject({ actual: 26, status: 'met' });
    expect(criterionResult(volunteers, logs.slice(0, 2), [1, 2])).toMatchObject({
      actual: 12,
      status: 'notMet',
    });
  });

  it('reports unregistered criteria as no data', () => {
    expect(criterionResult(criterion({ metric: 'unregistered', target: null }), [log(1, 1)], [1])).toEqual({
      actual: null,
      target: null,
      status: 'noData',
    });
  });
});
