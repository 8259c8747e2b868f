import { owedItems, owedKey, readFigure, unansweredItems } from '../../domain/reportingRules';
import type { ReportItem, Submission } from '../../domain/reportingSchemas';
import { diff } from '../store/audit';
import { ApiError, badRequest } from '../errors/apiError';
import type { Actor } from '../access/actor';
import { auditBy } from '../access/actor';
import type { Change, Op, ReadState } from '../store/types';
import { mailReporter, storedLinkTarget, type LinkTarget } from './reportingState';

/** A figure as the form sends it: a number, or text as Danish users write it (`3.000`, `12,5 %`). */
export interface SentItem {
  indicatorId: number;
  areaId: number | null;
  value: unknown;
  comment?: unknown;
}

export function parseItems(body: unknown): SentItem[] {
  const items = (body as { items?: unknown } | null)?.items;
  const ok =
    Array.isArray(items) &&
    items.length <= 5000 &&
    items.every(
      (i) =>
        typeof i === 'object' &&
        i !== null &&
        Number.isSafeInteger(i.indicatorId) &&
        (i.areaId === null || i.areaId === undefined || Number.isSafeInteger(i.areaId)) &&
        (i.comment === undefined ||
          i.comment === null ||
          (typeof i.comment === 'string' && i.comment.length <= 2000)),
    );
  if (!ok) throw badRequest('Forventede { items: [{ indicatorId, areaId, value, comment }] }');
  return (items as SentItem[]).map((i) => ({ ...i, areaId: i.areaId ?? null }));
}

/** The reporter, as the audit log names someone who came by a link: no user, the organisation. */
export const reporterActor = (target: LinkTarget): Actor => ({
  userId: null,
  username: `Indberetning: ${target.reporter.organisation}`.slice(0, 60),
  role: null,
});

const unitOf = (state: ReadState, indicatorId: number) =>
  String(state.find('indicators', indicatorId)?.unit ?? 'count');

/** The sent figures read and checked against what this reporter owes; field errors keyed `indicatorId:areaId`. */
function readItems(state: ReadState, target: LinkTarget, sent: readonly SentItem[]): ReportItem[] {
  const owed = new Set(owedItems(target.reporter).map(owedKey));
  const errors: Record<string, string> = {};
  const read: ReportItem[] = [];
  for (const item of sent) {
    const key = owedKey(item);
    if (!owed.has(key)) {
      errors[key] = 'Tallet hører ikke til jeres indberetning';
      continue;
    }
    const figure = readFigure(item.value, unitOf(state, item.indicatorId));
    if (figure.error) errors[key] = figure.error;
    const comment = typeof item.comment === 'string' && item.comment.trim() ? item.comment.trim() : null;
    read.push({ indicatorId: item.indicatorId, areaId: item.areaId, value: figure.value, comment });
  }
  if (Object.keys(errors).length > 0) throw badRequest('Ret de markerede tal; intet er gemt', errors);
  return read;
}

/**
 * Saves the reporter's figures as a draft, or submits them: everything owed filled in or
 * given a reason (a comment), after which the report is read-only and a receipt goes out.
 * Checked again in the commit: the link, the round still open, the report not yet sent.
 */
export function saveReport(
  tokenHash: string,
  sent: readonly SentItem[],
  submit: boolean,
): Change<Submission> {
  return {
    decide(state, now) {
      const target = storedLinkTarget(state, tokenHash);
      const previous = target.submission;
      if (previous && (previous.status === 'submitted' || previous.status === 'approved'))
        throw new ApiError(409, 'Indberetningen er sendt og kan ikke længere ændres');
      const read = readItems(state, target, sent);
      const merged = new Map((previous?.items ?? []).map((i) => [owedKey(i), i]));
      for (const item of read) merged.set(owedKey(item), item);
      const items = [...merged.values()];
      if (submit) {
        const open = unansweredItems(owedItems(target.reporter), items);
        if (open.length > 0)
          throw badRequest(
            'Udfyld alle tal, eller skriv i kommentaren, hvorfor et tal ikke kan gives',
            Object.fromEntries(open.map((o) => [owedKey(o), 'Mangler et tal eller en begrundelse'])),
          );
      }
      const id = previous?.id ?? state.issuedId('reportingSubmissions') + 1;
      const record: Submission = {
        id,
        programmeId: target.round.programmeId,
        roundId: target.round.id,
        reporterId: target.reporter.id,
        organisation: target.reporter.organisation,
        status: submit ? 'submitted' : previous?.status === 'returned' ? 'returned' : 'draft',
        items,
        savedAt: now.toISOString(),
        submittedAt: submit ? now.toISOString() : (previous?.submittedAt ?? null),
        returnComment: previous?.returnComment ?? null,
        approvedBy: null,
        approvedAt: null,
        version: (previous?.version ?? 0) + 1,
      };
      const ops: Op[] = [{ op: 'put', coll: 'reportingSubmissions', record: { ...record } }];
      if (submit)
        ops.push(
          ...mailReporter(
            state,
            target.round,
            target.reporter,
            'reportingReceipt',
            `round:${target.round.id}:reporter:${target.reporter.id}:receipt:${record.version}`,
            now,
          ),
        );
      return {
        ops,
        audit: [
          auditBy(reporterActor(target), {
            action: previous ? (submit ? 'statusChange' : 'update') : 'create',
            resource: 'reportingSubmissions',
            recordId: id,
            changes: diff(previous, record),
          }),
        ],
        result: record,
      };
    },
  };
}
