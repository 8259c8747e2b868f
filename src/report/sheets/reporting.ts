import { WHOLE_PROGRAMME } from '../../domain/labels';
import { closedDaysOf } from '../../domain/programmeSchema';
import { roundProgress } from '../../domain/reportingRules';
import type { Provenance, Reporter, Round, Submission } from '../../domain/reportingSchemas';
import { copenhagenText } from '../../domain/localTime';
import { PERCENT, tableSheet, type Book } from '../format';
import type { ReportData } from '../reportData';

const when = (iso: string | null | undefined) => (iso ? copenhagenText(iso) : '');

/**
 * Indberetninger: every figure of the year with where it came from — its reporter, submitted
 * and approved dates, or "indtastet" when typed in the grid — and the year's round's completeness.
 */
export function reportingSheet(book: Book, data: ReportData) {
  const { db, period } = data.reporting;
  const programmeId = period.programme.id;
  const of = <T>(name: string) =>
    (db[name] ?? []).filter((r) => r.programmeId === programmeId) as unknown as T[];
  const indicators = of<{ id: number; name: string; unit: string }>('indicators');
  const areas = of<{ id: number; name: string }>('areas');
  const reporters = of<Reporter>('reporters');
  const submissions = of<Submission>('reportingSubmissions');
  const round = of<Round>('reportingRounds').find((r) => r.year === period.year && r.status !== 'draft');
  const ids = new Set(indicators.map((i) => i.id));
  const figures = (db.measurements ?? []).filter(
    (m) => ids.has(m.indicatorId as number) && m.year === period.year,
  );
  const progress = round
    ? roundProgress({
        round,
        reporters,
        submissions,
        measurements: figures as never,
        closedDays: closedDaysOf(period.programme),
      })
    : undefined;
  const rows: Record<string, unknown>[] = figures.map((m) => {
    const p = (m.provenance ?? null) as Provenance | null;
    const indicator = indicators.find((i) => i.id === m.indicatorId);
    const reporter = p
      ? (reporters.find((r) => r.id === p.reporterId)?.organisation ??
        submissions.find((s) => s.reporterId === p.reporterId)?.organisation ??
        '')
      : '';
    return {
      indicator: indicator?.name ?? '',
      place: m.areaId === null ? WHOLE_PROGRAMME : (areas.find((a) => a.id === m.areaId)?.name ?? ''),
      value: indicator?.unit === 'percent' ? (m.value as number) / 100 : m.value,
      reporter: p ? reporter : 'Indtastet af sekretariatet',
      submittedAt: when(p?.submittedAt),
      approvedAt: when(p?.approvedAt),
      approvedBy: p?.approvedBy ?? '',
      percent: indicator?.unit === 'percent',
    };
  });
  if (progress)
    rows.push(
      {},
      {
        indicator: 'Rundens fuldstændighed',
        place: `${progress.received} af ${progress.expected} modtaget`,
        value: progress.reportingRate / 100,
        percent: true,
      },
      {
        indicator: 'Rettidige',
        place: `${progress.onTime} af ${progress.expected}`,
        value: progress.timeliness / 100,
        percent: true,
      },
      {
        indicator: 'Mangler',
        place: progress.reporters
          .filter((r) => !r.received)
          .map((r) => r.organisation)
          .join(', '),
      },
    );
  tableSheet(
    book,
    'Indberetninger',
    [
      { header: 'Indikator', key: 'indicator', width: 34 },
      { header: 'Boligområde', key: 'place', width: 24 },
      { header: `Tal ${period.label}`, key: 'value', width: 12 },
      { header: 'Indberetter', key: 'reporter', width: 30 },
      { header: 'Indsendt', key: 'submittedAt', width: 18 },
      { header: 'Godkendt', key: 'approvedAt', width: 18 },
      { header: 'Godkendt af', key: 'approvedBy', width: 18 },
    ],
    rows,
    { style: (row, source) => void (row.getCell(3).numFmt = source.percent ? PERCENT : '0.##') },
  );
}
