import { RESOURCES, VERSION, type StoredRecord } from '../../domain/resources';
import type { Period } from '../../domain/statistics/period';
import { diff } from '../store/audit';
import { ApiError, badRequest } from '../errors/apiError';
import { checkReferences } from './integrity';
import { readGrid } from '../../domain/kpiGrid';
import { approvedFigureReason } from '../../domain/reportingRules';
import { recordsOf } from '../store/records';
import type { AuditDraft, Change, Op } from '../store/types';
import { validateWrite } from './validation';
import { auditBy, type Actor } from '../access/actor';
import { writeContext } from '../access/writeContext';

/** One figure as the grid sends it, with the version of the figure it replaces (none for a new one). */
export interface GridCell {
  indicatorId: number;
  areaId: number | null;
  value: number | null;
  version?: number | null;
}

/** A cell's key, `indicatorId:areaId` (`all` for the programme), as the field errors name it. */
const keyOf = (c: object) => {
  const { indicatorId, areaId } = c as { indicatorId?: unknown; areaId?: unknown };
  return `${String(indicatorId)}:${areaId === null ? 'all' : String(areaId)}`;
};

export function parseCells(body: unknown): GridCell[] {
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
        (c.value === null || typeof c.value === 'number') &&
        (c.version === undefined || c.version === null || Number.isSafeInteger(c.version)),
    );
  if (!ok) throw badRequest('Forventede { cells: [{ indicatorId, areaId, value, version }] }');
  return cells as GridCell[];
}

/**
 * Saves a whole grid in one commit: every cell is checked by the measurement rules and
 * against the figure it replaces, and nothing is stored unless all pass. A null value
 * removes the figure. A cell whose figure someone else changed since it was read: 409.
 */
export function saveGrid(period: Period, cells: GridCell[], actor: Actor): Change<{ saved: number }> {
  return {
    decide(state, at) {
      const grid = readGrid(state.data, period);
      if (grid.locked) throw new ApiError(409, `År ${period.year} er låst efter statusmødet`);
      const indicatorIds = new Set(grid.indicators.map((i) => i.id));
      const current = new Map(
        recordsOf(state, 'measurements')
          .filter((m) => m.year === period.year)
          .map((m) => [keyOf(m), m]),
      );
      const ctx = writeContext(state, actor, at);
      const errors: Record<string, string> = {};
      const stale: string[] = [];
      const seen = new Set<string>();
      const ops: Op[] = [];
      const audit: AuditDraft[] = [];
      let nextId = state.issuedId('measurements');
      for (const cell of cells) {
        const key = keyOf(cell);
        if (seen.has(key)) errors[key] = 'Cellen er sendt to gange';
        seen.add(key);
        if (!indicatorIds.has(cell.indicatorId)) {
          errors[key] = 'Indikatoren hører ikke til helhedsplanen';
          continue;
        }
        const previous = current.get(key);
        const storedValue = (previous?.value as number | undefined) ?? null;
        // Someone else's change since the grid was read, unless it already says what this cell says.
        if ((previous?.[VERSION] ?? null) !== (cell.version ?? null) && storedValue !== cell.value)
          stale.push(key);
        if (storedValue === cell.value) continue;
        if (cell.value === null) {
          const approved = approvedFigureReason(previous!);
          if (approved) throw new ApiError(409, approved);
          ops.push({ op: 'delete', coll: 'measurements', id: previous!.id });
          audit.push(change(actor, previous, undefined));
          continue;
        }
        try {
          const { version: _sent, ...fields } = cell;
          const next = validateWrite(
            RESOURCES.measurements,
            { ...previous, ...fields, year: period.year },
            previous,
            ctx,
          );
          checkReferences(state, 'measurements', next, actor, period.programme.id, previous?.id);
          const record = {
            ...next,
            id: previous?.id ?? ++nextId,
            [VERSION]: ((previous?.[VERSION] as number) ?? 0) + 1,
          } as StoredRecord;
          ops.push({ op: 'put', coll: 'measurements', record });
          audit.push(change(actor, previous, record));
        } catch (err) {
          if (!(err instanceof ApiError) || err.status !== 400) throw err;
          errors[key] = Object.values(err.errors ?? {})[0] ?? err.message;
        }
      }
      if (Object.keys(errors).length > 0) throw badRequest('Ret de markerede tal; intet er gemt', errors);
      if (stale.length > 0)
        throw new ApiError(
          409,
          'Tallene er ændret af en anden, siden du åbnede dem; intet er gemt',
          undefined,
          {
            cells: stale,
            grid,
          },
        );
      return { ops, audit, result: { saved: ops.length } };
    },
  };
}

function change(
  actor: Actor,
  previous: StoredRecord | undefined,
  stored: StoredRecord | undefined,
): AuditDraft {
  const action = !stored ? 'delete' : previous ? 'update' : 'create';
  return auditBy(actor, {
    action,
    resource: 'measurements',
    recordId: (stored ?? previous)!.id,
    changes: diff(previous, stored),
  });
}
