import type { StoredRecord } from './resources';

/** A programme as the period selector needs it, with the years the dashboard opens it on by (openingYear). */
export interface ProgrammeChoice {
  id: number;
  name: string;
  periodStart: string | null;
  periodEnd: string | null;
  projectYearStartMonth: number;
  /** The latest year with KPI figures, and with incidents: null when it has none. */
  latestFigures: number | null;
  latestIncidents: number | null;
}

/**
 * What the dashboard needs to start, carried by the login answer and /api/auth/me so the first
 * page asks for its statistics at once: the user's programmes, by name, and the one it opens on
 * (the one with the latest KPI figures, else the latest incident), null when the user sees none.
 */
export interface DashboardStart {
  programmes: ProgrammeChoice[];
  programmeId: number | null;
}

const yearOf = (date: unknown) => (typeof date === 'string' ? Number(date.slice(0, 4)) : undefined);

/**
 * The year a programme opens on: the current year while it runs, and after it the latest year with
 * KPI figures, else with incidents: Viborg ended in 2021 with one incident and no figures, so it
 * opens on 2020, whose goals can be read.
 */
export function openingYear(
  programme: { periodStart?: unknown; periodEnd?: unknown } & object,
  latest: { figures?: number | null | undefined; incidents?: number | null | undefined },
  currentYear: number,
): number {
  const [start, end] = [yearOf(programme.periodStart), yearOf(programme.periodEnd)];
  if ((!start || start <= currentYear) && (!end || currentYear <= end)) return currentYear;
  return latest.figures || latest.incidents || Math.min(currentYear, end ?? currentYear);
}

function latestBy<K>(map: Map<K, number>, key: K | undefined, year: number | undefined) {
  if (key === undefined || !year) return;
  if (year > (map.get(key) ?? 0)) map.set(key, year);
}

/**
 * One pass over indicators, figures and incidents: cheap enough for every login. The year is the
 * panel's to work out (openingYear), by its own clock, from the latest years given here.
 */
export function dashboardStart(
  data: {
    programmes: readonly StoredRecord[];
    indicators: readonly StoredRecord[];
    measurements: readonly StoredRecord[];
    incidents: readonly StoredRecord[];
  },
  sees: (programmeId: number) => boolean,
): DashboardStart {
  const programmeOfIndicator = new Map(data.indicators.map((i) => [i.id, Number(i.programmeId)]));
  const figures = new Map<number, number>();
  for (const m of data.measurements)
    latestBy(figures, programmeOfIndicator.get(Number(m.indicatorId)), Number(m.year));
  const incidents = new Map<number, number>();
  for (const i of data.incidents) latestBy(incidents, Number(i.programmeId), yearOf(i.occurredAt));
  const programmes = data.programmes
    .filter((p) => sees(p.id))
    .map((p): ProgrammeChoice => ({
      id: p.id,
      name: String(p.name),
      periodStart: (p.periodStart as string | null | undefined) ?? null,
      periodEnd: (p.periodEnd as string | null | undefined) ?? null,
      projectYearStartMonth: Number(p.projectYearStartMonth ?? 1),
      latestFigures: figures.get(p.id) ?? null,
      latestIncidents: incidents.get(p.id) ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  // The latest figures first, then the latest incident; ties go to the first by name.
  const first = (latest: Map<number, number>) =>
    programmes.reduce<ProgrammeChoice | undefined>(
      (best, p) => ((latest.get(p.id) ?? 0) > (best ? (latest.get(best.id) ?? 0) : 0) ? p : best),
      undefined,
    );
  const opens = first(figures) ?? first(incidents) ?? programmes[0];
  return { programmes, programmeId: opens?.id ?? null };
}
