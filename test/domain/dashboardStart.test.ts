import { describe, expect, it } from 'vitest';
import { dashboardStart, openingYear } from '../../src/domain/dashboardStart';

const viborg = { id: 1, name: 'Viborg', periodStart: '2017-04-01', periodEnd: '2021-03-31', version: 1 };
const randers = { id: 2, name: 'Randers', periodStart: '2025-01-01', periodEnd: '2029-12-31', version: 1 };
const data = {
  programmes: [randers, viborg],
  indicators: [{ id: 10, programmeId: 1, version: 1 }],
  measurements: [2015, 2020, 2019].map((year, i) => ({ id: i + 1, indicatorId: 10, year, version: 1 })),
  incidents: [
    { id: 1, programmeId: 1, occurredAt: '2021-02-01T10:00:00Z', version: 1 },
    { id: 2, programmeId: 2, occurredAt: '2026-05-01T10:00:00Z', version: 1 },
  ],
};

describe('dashboardStart', () => {
  it('opens on the programme with the latest figures, giving each programme its latest years', () => {
    const start = dashboardStart(data, () => true);
    expect(start.programmeId).toBe(1);
    expect(start.programmes.map((p) => [p.name, p.latestFigures, p.latestIncidents])).toEqual([
      ['Randers', null, 2026],
      ['Viborg', 2020, 2021],
    ]);
  });

  it('keeps to the programmes the user sees, else the latest incident, else none', () => {
    expect(dashboardStart(data, (id) => id === 2)).toMatchObject({
      programmeId: 2,
      programmes: [{ id: 2 }],
    });
    expect(dashboardStart({ ...data, measurements: [] }, () => true).programmeId).toBe(2);
    expect(dashboardStart(data, () => false)).toEqual({ programmes: [], programmeId: null });
  });
});

describe('openingYear', () => {
  it('is the current year while the programme runs, then figures, incidents or its last year', () => {
    // The demo: Viborg ended in 2021 with one incident and no figures that year; 2020 has goals to read.
    expect(openingYear(randers, { figures: 2025 }, 2026)).toBe(2026);
    expect(openingYear(viborg, { figures: 2020, incidents: 2021 }, 2026)).toBe(2020);
    expect(openingYear(viborg, { incidents: 2021 }, 2026)).toBe(2021);
    expect(openingYear(viborg, {}, 2026)).toBe(2021);
  });
});
