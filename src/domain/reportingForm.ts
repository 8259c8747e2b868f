import type { Grid } from './kpiGrid';
import type { Indicator } from './kpiSchemas';
import { owedItems, owedKey } from './reportingRules';
import type { Reporter, Round, Submission } from './reportingSchemas';
import type { StoredRecord } from './records';
import { targetFor } from './targets';

/** One owed figure as the reporter's form shows it. */
export interface FormItem {
  indicatorId: number;
  areaId: number | null;
  name: string;
  areaName: string | null;
  definition: string | null;
  dataSource: string | null;
  unit: Indicator['unit'];
  lastYear: number | null;
  baseline: number | null;
  target: number | null;
  value: number | null;
  comment: string | null;
}

interface Figures {
  indicators: readonly StoredRecord[];
  areas: readonly StoredRecord[];
  measurements: readonly StoredRecord[];
}

/**
 * What a reporter owes in a round and nothing else: per indicator × area its name, definition,
 * data source, unit, last year's figure, the baseline and the year's target, and what the
 * reporter has entered so far.
 */
export function formItems(
  reporter: Reporter,
  round: Round,
  submission: Submission | undefined,
  db: Figures,
): FormItem[] {
  const entered = new Map((submission?.items ?? []).map((i) => [owedKey(i), i]));
  const figure = (indicatorId: number, areaId: number | null, year: number) => {
    const m = db.measurements.find(
      (x) => x.indicatorId === indicatorId && (x.areaId ?? null) === areaId && x.year === year,
    );
    return m ? (m.value as number) : null;
  };
  return owedItems(reporter).flatMap((o) => {
    const indicator = db.indicators.find((i) => i.id === o.indicatorId) as unknown as
      (Indicator & { definition?: string }) | undefined;
    if (!indicator) return [];
    const baseline = figure(o.indicatorId, o.areaId, indicator.baselineYear);
    const item = entered.get(owedKey(o));
    return [
      {
        ...o,
        name: indicator.name,
        areaName: o.areaId === null ? null : String(db.areas.find((a) => a.id === o.areaId)?.name ?? ''),
        definition: indicator.definition ?? null,
        dataSource: indicator.dataSource ?? null,
        unit: indicator.unit,
        lastYear: figure(o.indicatorId, o.areaId, round.year - 1),
        baseline,
        target: targetFor(indicator, baseline, round.year),
        value: item?.value ?? null,
        comment: item?.comment ?? null,
      },
    ];
  });
}

/** The reporter's part of the round as a grid: the template and the import read only that. */
export function reporterGrid(
  items: readonly FormItem[],
  indicators: readonly StoredRecord[],
  areas: readonly StoredRecord[],
  year: number,
): Grid {
  const indicatorIds = [...new Set(items.map((i) => i.indicatorId))];
  const areaIds = new Set(items.map((i) => i.areaId).filter((a): a is number => a !== null));
  return {
    year,
    locked: false,
    indicators: indicatorIds.map((id) => {
      const i = indicators.find((x) => x.id === id)!;
      return {
        id,
        code: String(i.code),
        name: String(i.name),
        unit: i.unit,
        perArea: i.perArea !== false,
        direction: i.direction,
      } as Grid['indicators'][number];
    }),
    areas: areas
      .filter((a) => areaIds.has(a.id))
      .map((a) => ({ id: a.id, name: String(a.name), households: (a.households as number | null) ?? null })),
    cells: items
      .filter((i) => i.value !== null)
      .map((i) => ({
        indicatorId: i.indicatorId,
        areaId: i.areaId,
        value: i.value!,
        measurementId: 0,
        version: 0,
      })),
  };
}
