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
  reportingRate: number | null;
  timeliness: number | null;
  reporters: {
    reporterId: number;
    organisation: string;
    status: ReportStatus;
    submittedAt: string | null;
    /** Whether the report came within the due date and its grace days (absent before it came). */
    onTime?: boolean | null;
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

/**
 * One reporter's submission as the secretariat reviews it: GET
 * /api/reportingRounds/:id/reporters/:reporterId (the form's shape, seen from the panel).
 */
export type Submission = Omit<ReportForm, 'round'> & {
  reporterId: number;
  approvedBy?: string | null;
  approvedAt?: string | null;
};
