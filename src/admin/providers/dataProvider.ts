import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import type { DashboardData, PeriodQuery } from '../dashboard/types';
import type { GridCellWrite, ImportPreview, KpiGrid } from '../kpiGrid/types';
import type { Counts, RetentionPreview } from '../retention/types';

const periodParams = ({ programmeId, year, projectYear }: PeriodQuery) =>
  new URLSearchParams({
    programmeId: String(programmeId),
    year: String(year),
    ...(projectYear ? { projectYear: 'true' } : {}),
  }).toString();

async function api<T>(path: string, init?: { method: string; body: unknown }): Promise<T> {
  const { json } = await fetchUtils.fetchJson(
    `/api${path}`,
    init && { method: init.method, body: JSON.stringify(init.body) },
  );
  return json as T;
}

/** The server's own routes beside the resources: statistics, the year's grid and its import. */
export interface BeredskabDataProvider extends DataProvider {
  dashboard(period: PeriodQuery): Promise<DashboardData>;
  kpiGrid(programmeId: number, year: number): Promise<KpiGrid>;
  /** One action: every cell is checked, nothing is stored unless all pass (400 with errors per cell). */
  saveKpiGrid(
    programmeId: number,
    year: number,
    cells: GridCellWrite[],
  ): Promise<{ saved: number; grid: KpiGrid }>;
  previewKpiImport(
    programmeId: number,
    year: number,
    file: { filename: string; content: string },
  ): Promise<ImportPreview>;
  retentionPreview(): Promise<RetentionPreview>;
  runRetention(): Promise<{ dryRun: boolean; counts: Counts }>;
}

/** The stock simple-rest provider (the server speaks its protocol, cookies ride along same-origin), plus our routes. */
export const dataProvider: BeredskabDataProvider = {
  ...simpleRestProvider('/api'),
  dashboard: (period) => api(`/stats/dashboard?${periodParams(period)}`),
  kpiGrid: (programmeId, year) => api(`/kpi/grid?${periodParams({ programmeId, year, projectYear: false })}`),
  saveKpiGrid: (programmeId, year, cells) =>
    api(`/kpi/grid?${periodParams({ programmeId, year, projectYear: false })}`, {
      method: 'PUT',
      body: { cells },
    }),
  previewKpiImport: (programmeId, year, file) =>
    api(`/kpi/import?${periodParams({ programmeId, year, projectYear: false })}`, {
      method: 'POST',
      body: file,
    }),
  retentionPreview: () => api('/retention/preview'),
  runRetention: () => api('/retention/run', { method: 'POST', body: {} }),
};
