import type { Request } from 'express';
import { RESOURCES, VERSION, type StoredRecord, type WriteContext } from '../domain/resources';
import { diff, type AuditLog } from './audit';
import { ApiError, badRequest } from './errors';
import { checkReferences } from './integrity';
import type { Period } from '../domain/statistics/period';
import { nextId, type Store } from './store';
import { validateWrite } from './validation';

export interface GridCell {
  indicatorId: number;
  areaId: number | null;
  value: number | null;
}

/** A cell's key, `indicatorId:areaId` (`all` for the programme), as the field errors name it. */
const keyOf = (c: object) => {
  const { indicatorId, areaId } = c as { indicatorId?: unknown; areaId?: unknown };
  return `${String(indicatorId)}:${areaId === null ? 'all' : String(areaId)}`;
};

/** The year's figures of a programme as one grid: every indicator × every area (or the programme). */
export function readGrid(store: Store, period: Period) {
  const state = store.getState();
  const indicators = (state.indicators ?? []).filter((i) => i.programmeId === period.programme.id);
  const areas = (state.areas ?? []).filter((a) => a.programmeId === period.programme.id);
  const ids = new Set(indicators.map((i) => i.id));
  const cells = (state.measurements ?? [])
    .filter((m) => ids.has(m.indicatorId as number) && m.year === period.year)
    .map((m) => ({ indicatorId: m.indicatorId, areaId: m.areaId, value: m.value, measurementId: m.id }));
  const locked = (state.yearLocks ?? []).some(
    (l) => l.active === true && l.programmeId === period.programme.id && l.year === period.year,
  );
  return {
    year: period.year,
    locked,
    indicators: indicators.map(({ id, code, name, unit, perArea, direction }) => ({
      id,
      code,
      name,
      unit,
      perArea,
      direction,
    })),
    areas: areas.map(({ id, name, households }) => ({ id, name, households })),
    cells,
  };
}

function parseCells(body: unknown): GridCell[] {
  const cells = (body as { cells?: unknown } | undefined)?.cells;
  const ok =
    Array.isArray(cells) &&
    cells.length <= 5000 &&
    cells.every(
      (c) =>
        typeof c === 'object' &&
        c !== null &&
        Number.isSafeInteger(c.indicatorId) &&
        (c.areaId === null || Number.isSafeInteger(c.areaId)) &&
        (c.value === null || typeof c.value === 'number'),
    );
  if (!ok) throw badRequest('Forventede { cells: [{ indicatorId, areaId, value }] }');
  return cells as GridCell[];
}

/**
 * Saves a whole grid in one action: every cell is checked by the measurement rules
 * first, and nothing is stored unless all pass. A null value removes the figure.
 */
export function saveGrid(store: Store, audit: AuditLog, req: Request, period: Period, ctx: WriteContext) {
  const grid = readGrid(store, period);
  if (grid.locked) throw new ApiError(409, `År ${period.year} er låst efter statusmødet`);
  const indicatorIds = new Set(grid.indicators.map((i) => i.id));
  const def = RESOURCES.measurements;
  const measurements = store.getState().measurements ?? [];
  const errors: Record<string, string> = {};
  const writes: { previous?: StoredRecord; next?: Record<string, unknown>; stored?: StoredRecord }[] = [];
  for (const cell of parseCells(req.body)) {
    const key = keyOf(cell);
    if (!indicatorIds.has(cell.indicatorId)) {
      errors[key] = 'Indikatoren hører ikke til helhedsplanen';
      continue;
    }
    const previous = measurements.find((m) => keyOf(m) === key && m.year === period.year);
    if (cell.value === null) {
      if (previous) writes.push({ previous });
      continue;
    }
    if (previous?.value === cell.value) continue;
    try {
      const next = validateWrite(def, { ...previous, ...cell, year: period.year }, previous, ctx);
      checkReferences(store, 'measurements', next, previous?.id);
      writes.push({ previous, next });
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 400) throw err;
      errors[key] = Object.values(err.errors ?? {})[0] ?? err.message;
    }
  }
  if (Object.keys(errors).length > 0) throw badRequest('Ret de markerede tal; intet er gemt', errors);

  const removed = new Set(writes.filter((w) => !w.next).map((w) => w.previous!.id));
  const kept = measurements.filter((m) => !removed.has(m.id));
  for (const write of writes) {
    if (!write.next) continue;
    const { previous } = write;
    write.stored = {
      ...write.next,
      id: previous?.id ?? nextId(store, 'measurements'),
      [VERSION]: ((previous?.[VERSION] as number) ?? 0) + 1,
    } as StoredRecord;
    const index = kept.findIndex((m) => m.id === write.stored!.id);
    if (index >= 0) kept[index] = write.stored;
    else kept.push(write.stored);
  }
  store.set('measurements', kept).write();
  const who = { userId: req.user?.id ?? null, username: req.user?.username ?? null };
  for (const { previous, stored } of writes) {
    const action = !stored ? 'delete' : previous ? 'update' : 'create';
    const recordId = (stored ?? previous)!.id;
    audit.append({ ...who, action, resource: 'measurements', recordId, changes: diff(previous, stored) });
  }
  return { saved: writes.length, grid: readGrid(store, period) };
}
