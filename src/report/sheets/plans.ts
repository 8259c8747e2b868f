import { DATE, excelDate, tableSheet, type Book } from '../format';
import { PLAN_STATUS_LABELS, labelOf } from '../../domain/labels';
import { yesNo } from '../labels';
import type { ReportData } from '../reportData';

/** Handleplaner: every action plan that touches the period, with its revisions and approvals. */
export function plansSheet(book: Book, data: ReportData) {
  const rows = data.plans.map((p) => ({
    id: p.id,
    incidents: p.incidentIds.map((id) => `#${id}`).join(', '),
    status: labelOf(PLAN_STATUS_LABELS, p.status),
    start: excelDate(p.startDate),
    end: excelDate(p.endDate),
    revisions: p.revisions.length,
    lastReason: p.revisions.at(-1)?.reason ?? '',
    interventions: p.interventions.length,
    approvals: p.approvals.length,
    override: p.activationOverride ?? '',
    evaluated: yesNo(
      Boolean(p.evaluation && (p.evaluation.worked || p.evaluation.rightChannels || p.evaluation.changes)),
    ),
  }));
  tableSheet(
    book,
    'Handleplaner',
    [
      { header: 'Plan', key: 'id', width: 7 },
      { header: 'Hændelser', key: 'incidents', width: 14 },
      { header: 'Status', key: 'status', width: 12 },
      { header: 'Start', key: 'start', width: 12, numFmt: DATE },
      { header: 'Slut', key: 'end', width: 12, numFmt: DATE },
      { header: 'Revisioner', key: 'revisions', width: 11 },
      { header: 'Seneste begrundelse', key: 'lastReason', width: 40 },
      { header: 'Indsatser', key: 'interventions', width: 10 },
      { header: 'Godkendelser', key: 'approvals', width: 12 },
      { header: 'Aktiveret uden alle godkendelser', key: 'override', width: 34 },
      { header: 'Evalueret', key: 'evaluated', width: 10 },
    ],
    rows,
    { empty: { incidents: 'Ingen handleplaner i perioden.' } },
  );
}
