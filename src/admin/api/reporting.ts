import type { Owed, Progress, ProgressRow } from '../../domain/reportingRules';
import type { ReportStatus, RoundStatus } from '../../domain/reportingSchemas';
import type { ImportPreview } from './kpiGrid';

/** Where an approved figure came from (DESIGN "Reporting rounds"); null on a figure typed in the grid. */
export interface Provenance {
  reporterId: number;
  roundId: number;
  submittedAt: string;
  approvedBy: string;
  approvedAt: string;
}

export type { ReportStatus, RoundStatus };

/** A figure still owed, as the progress route names it: with the indicator's and area's names. */
export type NamedOwed = Owed & { indicator: string | null; area: string | null };

/** GET /api/reportingRounds/:id/progress: the domain's count (reportingRules), each owed figure named. */
export type RoundProgress = Omit<Progress, 'reporters'> & {
  reporters: (Omit<ProgressRow, 'missing'> & { missing: NamedOwed[] })[];
};

/** One indicator × area a reporter owes (areaId null: the whole programme). */
export interface ReportItem {
  indicatorId: number;
  areaId: number | null;
  name: string;
  unit: 'count' | 'percent';
  lastYear: number | null;
  baseline: number | null;
  target: number | null;
  value: number | null;
  comment: string | null;
  /** Shown when the server sends them: the area's name, the indicator's definition and data source. */
  areaName?: string | null;
  definition?: string | null;
  dataSource?: string | null;
  /** The server's flag for a change of more than half, or 10 points on a percentage. */
  largeChange?: boolean;
}

/** GET /api/indberetning/<token>: what one reporter owes in one round, and what they have saved. */
export interface ReportForm {
  round: {
    id?: number;
    year: number;
    projectYear?: boolean;
    opensOn?: string;
    dueOn: string;
    status?: RoundStatus;
    programmeName?: string;
  };
  organisation: string;
  status: ReportStatus;
  returnComment: string | null;
  submittedAt?: string | null;
  items: ReportItem[];
}

/** What the reporter sends: a draft (PUT) or the submission (POST …/submit). */
export interface ReportItemWrite {
  indicatorId: number;
  areaId: number | null;
  value: number | null;
  comment: string | null;
}

export type ReportImportPreview = ImportPreview;
