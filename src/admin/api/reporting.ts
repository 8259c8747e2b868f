import type { ImportPreview } from './kpiGrid';

/** Where an approved figure came from (DESIGN "Reporting rounds"); null on a figure typed in the grid. */
export interface Provenance {
  reporterId: number;
  roundId: number;
  submittedAt: string;
  approvedBy: string;
  approvedAt: string;
}

export type RoundStatus = 'draft' | 'open' | 'closed';
export type ReportStatus = 'notStarted' | 'draft' | 'submitted' | 'returned' | 'approved';

/** GET /api/reportingRounds/:id/progress: counted in reports, one per reporter; rates in percent. */
export interface RoundProgress {
  expected: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
  reportingRate: number;
  timeliness: number;
  /** The last day that counts as on time: the due date on a working day, plus the grace days. */
  onTimeUntil: string;
  reporters: {
    reporterId: number;
    organisation: string;
    status: ReportStatus;
    submittedAt: string | null;
    received: boolean;
    /** Within the due date and its grace days; a report typed in the grid counts as on time. */
    onTime: boolean;
    /** Every owed figure typed in the grid by the secretariat. */
    typedIn: boolean;
    /** What is still owed, with the indicator's and area's names (null area: the whole programme). */
    missing: { indicatorId: number; areaId: number | null; indicator: string | null; area: string | null }[];
  }[];
}

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
