import { statusFill, tableSheet, type Book } from '../format';
import type { ReportData } from '../reportData';

const METRIC = {
  participants: 'Deltagere',
  volunteers: 'Frivillige',
  sessions: 'Arrangementer',
  unregistered: 'Registreres ikke i logbogen',
} as const;
const STATUS = { met: 'Opfyldt', notMet: 'Ikke opfyldt', noData: 'Ingen data' } as const;

/** Aktiviteter: registered figures against each success criterion, per area where it applies. */
export function activitiesSheet(book: Book, data: ReportData) {
  const areaName = new Map(data.areas.map((a) => [a.id, a.name]));
  const rows: Record<string, unknown>[] = [];
  for (const { activity, criteria } of data.activities)
    for (const c of criteria) {
      const base = {
        activity: activity.name,
        criterion: c.description,
        metric: METRIC[c.metric],
        scope: c.scope === 'projectYear' ? 'Projektår' : 'Projektperioden',
      };
      rows.push({
        ...base,
        place: 'Alle områder',
        actual: c.actual,
        target: c.target,
        status: STATUS[c.status],
      });
      for (const a of c.areas ?? [])
        rows.push({
          ...base,
          place: areaName.get(a.areaId) ?? `#${a.areaId}`,
          actual: a.actual,
          target: c.target,
          status: STATUS[a.status],
        });
    }
  tableSheet(
    book,
    'Aktiviteter',
    [
      { header: 'Aktivitet', key: 'activity', width: 26 },
      { header: 'Succeskriterium', key: 'criterion', width: 50 },
      { header: 'Måles som', key: 'metric', width: 16 },
      { header: 'Gælder for', key: 'scope', width: 16 },
      { header: 'Boligområde', key: 'place', width: 22 },
      { header: 'Registreret', key: 'actual', width: 12 },
      { header: 'Mål', key: 'target', width: 10 },
      { header: 'Status', key: 'status', width: 14 },
    ],
    rows,
    {
      style: (row, source) => {
        const status = source.status;
        statusFill(
          row.getCell(8),
          status === STATUS.met ? 'met' : status === STATUS.notMet ? 'notMet' : 'noData',
        );
      },
      empty: { activity: 'Ingen aktiviteter registreret for helhedsplanen.' },
    },
  );
}
