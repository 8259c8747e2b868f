import { describe, expect, it } from 'vitest';
import type { StoredRecord, WriteContext } from '../../src/domain/records';
import type { ResourceName } from '../../src/domain/resourceNames';
import {
  effectiveDueDate,
  largeChange,
  onTimeUntil,
  owedItems,
  owedKey,
  readFigure,
  reminderMoments,
  reporterConflict,
  reporterErrors,
  roundErrors,
  roundProgress,
  unansweredItems,
} from '../../src/domain/reportingRules';
import type { Reporter, Round, Submission } from '../../src/domain/reportingSchemas';

/** A programme's records as the write rules see them. */
function context(records: Partial<Record<ResourceName, StoredRecord[]>>): WriteContext {
  return {
    now: new Date('2026-11-23T12:00:00Z'),
    username: 'editor',
    find: (resource, id) => records[resource]?.find((r) => r.id === id),
    all: (resource) => records[resource] ?? [],
  };
}

const INDICATORS = [
  { id: 1, programmeId: 1, name: 'Beboerklagesager', unit: 'count', perArea: true },
  { id: 2, programmeId: 1, name: 'Fraflytningsprocent', unit: 'percent', perArea: true },
  { id: 3, programmeId: 1, name: 'Tryghed', unit: 'percent', perArea: false },
] as unknown as StoredRecord[];
const AREAS = [
  { id: 1, programmeId: 1, name: 'Ellekonebakken' },
  { id: 2, programmeId: 1, name: 'Østervang' },
] as unknown as StoredRecord[];

const reporter = (id: number, organisation: string, assignments: Reporter['assignments']): Reporter => ({
  id,
  programmeId: 1,
  organisation,
  contacts: [{ name: 'Kontakt', email: `k${id}@example.dk`, participantId: null }],
  assignments,
});

describe('what a reporter owes', () => {
  it('each assigned indicator for each area named, or once for the whole programme', () => {
    const owed = owedItems(
      reporter(1, 'Boligselskabet', [
        { indicatorId: 1, areaIds: [1, 2] },
        { indicatorId: 3, areaIds: [] },
      ]),
    );
    expect(owed).toEqual([
      { indicatorId: 1, areaId: 1 },
      { indicatorId: 1, areaId: 2 },
      { indicatorId: 3, areaId: null },
    ]);
    expect(owed.map(owedKey)).toEqual(['1:1', '1:2', '3:all']);
    expect(owedItems(reporter(2, 'Ingen', []))).toEqual([]);
  });

  it('an assignment fits its indicator: areas for a per-area one, none for a programme-wide one, each once', () => {
    const ctx = context({ indicators: INDICATORS });
    expect(
      reporterErrors(
        {
          assignments: [
            { indicatorId: 1, areaIds: [] },
            { indicatorId: 3, areaIds: [1] },
            { indicatorId: 1, areaIds: [2] },
          ],
        },
        undefined,
        ctx,
      ),
    ).toEqual({
      'assignments.0.areaIds': 'Vælg de boligområder, organisationen indberetter for',
      'assignments.1.areaIds': 'Indikatoren gælder hele helhedsplanen; vælg ingen boligområder',
      'assignments.2.indicatorId': 'Indikatoren står der allerede',
    });
    expect(
      reporterErrors(
        {
          assignments: [
            { indicatorId: 1, areaIds: [1] },
            { indicatorId: 3, areaIds: [] },
          ],
        },
        undefined,
        ctx,
      ),
    ).toEqual({});
  });
});

describe('one reporter for an indicator × area', () => {
  const first = { ...reporter(1, 'Boligselskabet A', [{ indicatorId: 1, areaIds: [1] }]), version: 1 };
  const wide = { ...reporter(2, 'Kommunen', [{ indicatorId: 3, areaIds: [] }]), version: 1 };
  const elsewhere = {
    ...reporter(3, 'Anden plan', [{ indicatorId: 2, areaIds: [2] }]),
    programmeId: 2,
    version: 1,
  };
  const ctx = context({
    indicators: INDICATORS,
    areas: AREAS,
    reporters: [first, wide, elsewhere] as unknown as StoredRecord[],
  });

  it('refuses a second, naming the indicator, the area and the first reporter', () => {
    expect(
      reporterConflict(
        { programmeId: 1, assignments: [{ indicatorId: 1, areaIds: [2, 1] }] },
        undefined,
        ctx,
      ),
    ).toBe(
      'Beboerklagesager for Ellekonebakken indberettes allerede af Boligselskabet A; en indikator i et boligområde har én indberetter',
    );
    expect(
      reporterConflict({ programmeId: 1, assignments: [{ indicatorId: 3, areaIds: [] }] }, undefined, ctx),
    ).toMatch(/^Tryghed for hele helhedsplanen indberettes allerede af Kommunen/);
  });

  it('lets a reporter keep its own, another area be taken, and another programme owe the same', () => {
    const own = first as unknown as StoredRecord;
    expect(
      reporterConflict({ programmeId: 1, assignments: [{ indicatorId: 1, areaIds: [1, 2] }] }, own, ctx),
    ).toBeUndefined();
    expect(
      reporterConflict({ programmeId: 1, assignments: [{ indicatorId: 1, areaIds: [2] }] }, undefined, ctx),
    ).toBeUndefined();
    expect(
      reporterConflict({ programmeId: 2, assignments: [{ indicatorId: 1, areaIds: [1] }] }, undefined, ctx),
    ).toBeUndefined();
  });
});

describe('the due date on the Danish calendar', () => {
  it('moves a due date on a weekend or a holiday to the next working day', () => {
    expect(effectiveDueDate('2026-11-25')).toBe('2026-11-25'); // a Wednesday
    expect(effectiveDueDate('2026-11-28')).toBe('2026-11-30'); // Saturday → Monday
    expect(effectiveDueDate('2026-12-25')).toBe('2026-12-28'); // juledag, 2. juledag a Saturday
    expect(effectiveDueDate('2026-04-02')).toBe('2026-04-07'); // skærtorsdag → after 2. påskedag
    expect(effectiveDueDate('2026-05-14')).toBe('2026-05-15'); // Kristi himmelfartsdag
  });

  it('counts the programme’s own closed days (juleaftensdag) when it has them', () => {
    expect(effectiveDueDate('2026-12-24')).toBe('2026-12-24');
    expect(effectiveDueDate('2026-12-24', ['christmasEve'])).toBe('2026-12-28');
  });

  it('refuses a round due before it opens', () => {
    expect(roundErrors({ opensOn: '2026-11-02', dueOn: '2026-11-01' })).toEqual({
      dueOn: 'Fristen skal ligge på eller efter åbningsdatoen',
    });
    expect(roundErrors({ opensOn: '2026-11-02', dueOn: '2026-11-02' })).toEqual({});
  });

  it('is on time until the end of the moved due date in Copenhagen, plus the grace days', () => {
    // Due Saturday 28 November: on time until Monday 30 at midnight, Copenhagen time (UTC+1).
    expect(onTimeUntil({ dueOn: '2026-11-28', graceDays: 0 })).toBe('2026-11-30T22:59:59.999Z');
    expect(onTimeUntil({ dueOn: '2026-11-28', graceDays: 2 })).toBe('2026-12-02T22:59:59.999Z');
    // Summer time: UTC+2.
    expect(onTimeUntil({ dueOn: '2026-06-10', graceDays: 0 })).toBe('2026-06-10T21:59:59.999Z');
  });

  it('reminds N days before the moved due date and on the day after it, at 08.00 in Copenhagen', () => {
    expect(reminderMoments({ dueOn: '2026-12-25', remindDaysBefore: 3 })).toEqual({
      before: '2026-12-25T07:00:00.000Z',
      after: '2026-12-29T07:00:00.000Z',
    });
    expect(reminderMoments({ dueOn: '2026-06-10', remindDaysBefore: 5 })).toEqual({
      before: '2026-06-05T06:00:00.000Z',
      after: '2026-06-11T06:00:00.000Z',
    });
    // 0 days before: the morning of the due date itself.
    expect(reminderMoments({ dueOn: '2026-11-28', remindDaysBefore: 0 }).before).toBe(
      '2026-11-30T07:00:00.000Z',
    );
  });
});

describe('a figure as Danish users write it', () => {
  it('reads thousands with points, decimals with a comma, and a percent sign', () => {
    expect(readFigure('3.000', 'count')).toEqual({ value: 3000 });
    expect(readFigure('1 250', 'count')).toEqual({ value: 1250 });
    expect(readFigure('12,5 %', 'percent')).toEqual({ value: 12.5 });
    expect(readFigure('12,5%', 'percent')).toEqual({ value: 12.5 });
    expect(readFigure(48, 'percent')).toEqual({ value: 48 });
    expect(readFigure('0', 'count')).toEqual({ value: 0 });
  });

  it('leaves an empty figure empty', () => {
    for (const empty of ['', null, undefined]) expect(readFigure(empty, 'count')).toEqual({ value: null });
  });

  it('checks the unit: counts whole, percent 0–100, nothing negative', () => {
    expect(readFigure('12,5', 'count')).toEqual({ value: null, error: 'Skal være et helt tal' });
    expect(readFigure('112,5 %', 'percent')).toEqual({
      value: null,
      error: 'En procent skal ligge mellem 0 og 100',
    });
    expect(readFigure('-3', 'count')).toEqual({ value: null, error: 'Må ikke være negativ' });
    expect(readFigure(100, 'percent')).toEqual({ value: 100 });
  });

  it('refuses what is no Danish number, saying why', () => {
    expect(readFigure('12.5', 'percent').error).toMatch(/skriv decimaler med komma \(12,5\)/);
    expect(readFigure('01.02.2026', 'count').error).toBe('Ligner en dato, ikke et tal');
    expect(readFigure('mange', 'count').error).toBe('Ikke et tal');
    expect(readFigure(true, 'count').error).toBe('Ikke et tal');
    expect(readFigure('20.000.000', 'count').error).toBe('Tallet er for stort');
    expect(readFigure(Number.NaN, 'count').error).toBe('Tallet er for stort');
  });
});

describe('what is still unanswered before a report is sent', () => {
  const owed = [
    { indicatorId: 1, areaId: 1 },
    { indicatorId: 1, areaId: 2 },
    { indicatorId: 3, areaId: null },
  ];

  it('a figure, or failing that a reason, for everything owed', () => {
    expect(
      unansweredItems(owed, [
        { indicatorId: 1, areaId: 1, value: 3, comment: null },
        { indicatorId: 1, areaId: 2, value: null, comment: null },
        { indicatorId: 3, areaId: null, value: null, comment: 'Undersøgelsen er ikke lavet i år' },
      ]),
    ).toEqual([{ indicatorId: 1, areaId: 2 }]);
    expect(unansweredItems(owed, [])).toEqual(owed);
  });
});

describe('a large change against last year', () => {
  it('more than half up or down for a count', () => {
    expect(largeChange('count', 20, 31)).toBe(true);
    expect(largeChange('count', 20, 30)).toBe(false);
    expect(largeChange('count', 20, 9)).toBe(true);
    expect(largeChange('count', 20, 10)).toBe(false);
    expect(largeChange('count', 0, 1)).toBe(true);
    expect(largeChange('count', 0, 0)).toBe(false);
  });

  it('more than 10 points for a percent figure, whatever the ratio', () => {
    expect(largeChange('percent', 12, 22.5)).toBe(true);
    expect(largeChange('percent', 12, 22)).toBe(false);
    expect(largeChange('percent', 40, 29.5)).toBe(true);
    expect(largeChange('percent', 2, 5)).toBe(false); // +150 %, but 3 points
  });

  it('nothing to compare with: no flag', () => {
    expect(largeChange('count', null, 100)).toBe(false);
    expect(largeChange('count', 100, null)).toBe(false);
  });
});

describe('a round’s progress, counted in reports', () => {
  const round: Round = {
    id: 7,
    programmeId: 1,
    year: 2026,
    projectYear: false,
    opensOn: '2026-11-02',
    dueOn: '2026-11-28', // Saturday: counts as Monday 30
    graceDays: 0,
    remindDaysBefore: 3,
    name: null,
    status: 'open',
  };
  const reporters = [
    reporter(1, 'Til tiden', [{ indicatorId: 1, areaIds: [1, 2] }]),
    reporter(2, 'Sent', [{ indicatorId: 2, areaIds: [1] }]),
    reporter(3, 'Ringede ind', [{ indicatorId: 2, areaIds: [2] }]),
    reporter(4, 'Mangler', [{ indicatorId: 3, areaIds: [] }]),
    reporter(5, 'Kladde', [{ indicatorId: 1, areaIds: [3] }]),
    reporter(6, 'Intet at indberette', []),
    { ...reporter(7, 'Anden plan', [{ indicatorId: 9, areaIds: [] }]), programmeId: 2 },
  ];
  const submission = (
    reporterId: number,
    status: Submission['status'],
    submittedAt: string | null,
    roundId = 7,
  ): Submission => ({
    id: reporterId,
    version: 1,
    programmeId: 1,
    roundId,
    reporterId,
    organisation: '',
    status,
    items: [],
    savedAt: null,
    submittedAt,
    returnComment: null,
    approvedBy: null,
    approvedAt: null,
  });
  const submissions = [
    // Monday 30 November 23.30 in Copenhagen: the last half hour of the moved due date.
    submission(1, 'approved', '2026-11-30T22:30:00.000Z'),
    // Tuesday 1 December 00.30 in Copenhagen: late.
    submission(2, 'submitted', '2026-11-30T23:30:00.000Z'),
    submission(5, 'draft', null),
    // Another round's report counts for nothing here.
    submission(4, 'submitted', '2026-11-20T09:00:00.000Z', 8),
  ];
  const measurements = [
    // Typed in the grid by the secretariat (no provenance): reporter 3's only figure.
    { indicatorId: 2, areaId: 2, year: 2026, provenance: null },
    // Last year's figure for reporter 4 does not count.
    { indicatorId: 3, areaId: null, year: 2025, provenance: null },
  ];

  const progress = roundProgress({ round, reporters, submissions, measurements });

  it('expected, received, on time, late and missing, with the rates in percent', () => {
    expect(progress).toMatchObject({
      expected: 5,
      received: 3,
      onTime: 2,
      late: 1,
      missing: 2,
      reportingRate: 60,
      timeliness: 40,
      onTimeUntil: '2026-11-30T22:59:59.999Z',
    });
  });

  it('each reporter: its status, whether received and on time, and what it still owes', () => {
    const rows = Object.fromEntries(progress.reporters.map((r) => [r.organisation, r]));
    expect(Object.keys(rows)).toEqual(['Til tiden', 'Sent', 'Ringede ind', 'Mangler', 'Kladde']);
    expect(rows['Til tiden']).toMatchObject({
      status: 'approved',
      received: true,
      onTime: true,
      missing: [],
    });
    expect(rows.Sent).toMatchObject({ status: 'submitted', received: true, onTime: false, missing: [] });
    expect(rows['Ringede ind']).toMatchObject({
      status: 'notStarted',
      received: true,
      onTime: true,
      typedIn: true,
      missing: [],
    });
    expect(rows.Mangler).toMatchObject({
      status: 'notStarted',
      received: false,
      missing: [{ indicatorId: 3, areaId: null }],
    });
    expect(rows.Kladde).toMatchObject({ status: 'draft', received: false, submittedAt: null });
  });

  it('an approved figure from a report is no typed-in one', () => {
    const approved = roundProgress({
      round,
      reporters: [reporters[2]!],
      submissions: [],
      measurements: [
        {
          indicatorId: 2,
          areaId: 2,
          year: 2026,
          provenance: {
            reporterId: 3,
            roundId: 6,
            submittedAt: '2025-11-20T09:00:00.000Z',
            approvedBy: 'editor',
            approvedAt: '2025-11-21T09:00:00.000Z',
          },
        },
      ],
    });
    expect(approved.reporters[0]).toMatchObject({ typedIn: false, received: false });
  });

  it('a grace day moves the line', () => {
    const graced = roundProgress({ round: { ...round, graceDays: 1 }, reporters, submissions, measurements });
    expect(graced).toMatchObject({ onTime: 3, late: 0, timeliness: 60 });
  });

  it('a round nobody owes anything in counts 0 %, not NaN', () => {
    expect(roundProgress({ round, reporters: [], submissions: [], measurements: [] })).toMatchObject({
      expected: 0,
      reportingRate: 0,
      timeliness: 0,
    });
  });
});
