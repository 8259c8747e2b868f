import type { DIRECTIONS, UNITS } from '../../domain/kpiSchemas';

export interface GridIndicator {
  id: number;
  code: string;
  name: string;
  unit: (typeof UNITS)[number];
  perArea: boolean;
  direction: (typeof DIRECTIONS)[number];
}

/** GET /api/kpi/grid: a programme's indicators × areas for one year, and the figures stored. */
export interface KpiGrid {
  year: number;
  locked: boolean;
  indicators: GridIndicator[];
  areas: { id: number; name: string; households: number | null }[];
  cells: {
    indicatorId: number;
    areaId: number | null;
    value: number;
    measurementId: number;
    version: number;
  }[];
}

/** One figure to store; a null value removes the stored one. `version` is that of the figure it replaces. */
export interface GridCellWrite {
  indicatorId: number;
  areaId: number | null;
  value: number | null;
  version: number | null;
}

/** POST /api/kpi/import: what the file holds and why a cell cannot be saved. Nothing is stored. */
export interface ImportPreview {
  columns: { column: number; header: string; indicatorId: number | null }[];
  rows: { row: number; label: string; areaId: number | null; known: boolean }[];
  cells: {
    row: number;
    column: number;
    indicatorId: number;
    areaId: number | null;
    raw: string;
    value: number | null;
    error: string | null;
  }[];
  errors: number;
}
