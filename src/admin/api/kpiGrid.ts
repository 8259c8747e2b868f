import type { Grid } from '../../domain/kpiGrid';

export type { GridIndicator } from '../../domain/kpiGrid';
/** GET /api/kpi/grid, as the domain reads it. */
export type KpiGrid = Grid;

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
