import type { ActionPlan, ActionPlanInput, PlanEvent, PlanStatus } from './actionPlanSchema';
import { STEP_SCHEMAS } from './actionPlanSteps';
import { errorMap, fieldErrors, ruleMessage, type Locale } from './messages';
import { copenhagenDate } from './copenhagenDay';

/** The moves a plan may make; `approved` may go back to `draft` for changes before activation. */
export const TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['approved'],
  approved: ['draft', 'active'],
  active: ['ended'],
  ended: [],
};

export interface PlanContext {
  /** The programme's participants who sign the plan. */
  signatoryIds: readonly number[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isBlank = (e: ActionPlanInput['evaluation']) => !e || (!e.worked && !e.rightChannels && !e.changes);

/** Everything a plan must hold before it leaves draft: the guided form's steps, all complete. */
export function completenessErrors(plan: ActionPlanInput, locale: Locale = 'da'): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const schema of Object.values(STEP_SCHEMAS)) {
    const result = schema.safeParse(plan, { error: errorMap(locale) });
    if (!result.success) Object.assign(errors, fieldErrors(result.error));
  }
  return errors;
}

function revisionErrors(next: ActionPlanInput, previous: ActionPlan): Record<string, string> {
  const old = previous.revisions;
  if (!same(next.revisions.slice(0, old.length), old))
    return { revisions: ruleMessage('revisionsAppendOnly') };
  const added = next.revisions.slice(old.length);
  if (added.length === 0)
    return next.endDate !== previous.endDate && previous.status !== 'draft'
      ? { endDate: ruleMessage('endDateByRevision') }
      : {};
  if (added.length > 1 || !['approved', 'active'].includes(previous.status))
    return { revisions: ruleMessage('revisionNotNow') };
  const revision = added[0]!;
  if (revision.previousEndDate !== previous.endDate || revision.newEndDate !== next.endDate)
    return { endDate: ruleMessage('revisionMismatch') };
  if (revision.newEndDate <= revision.previousEndDate) return { endDate: ruleMessage('extensionNotLater') };
  return {};
}

/**
 * Approvals come from the plan's signatories, once each, after the plan is agreed; they
 * are never taken back, except that a plan sent back to draft is approved anew (the
 * server clears them on that move, see clearedApprovals).
 */
function approvalErrors(next: ActionPlanInput, previous: ActionPlan | undefined, ctx: PlanContext) {
  const ids = next.approvals.map((a) => a.participantId);
  if (new Set(ids).size !== ids.length) return { approvals: ruleMessage('duplicateApproval') };
  if (ids.some((id) => !ctx.signatoryIds.includes(id))) return { approvals: ruleMessage('notSignatory') };
  const backToDraft = previous?.status === 'approved' && next.status === 'draft';
  if (next.status === 'draft' && ids.length > 0 && !backToDraft)
    return { approvals: ruleMessage('approvalsNotYet') };
  if (
    previous &&
    !backToDraft &&
    !same(next.approvals.slice(0, previous.approvals.length), previous.approvals)
  )
    return { approvals: ruleMessage('approvalsAppendOnly') };
  return {};
}

/** A plan sent back to draft for changes needs new approvals. */
export function clearedApprovals(
  next: ActionPlanInput,
  previous: ActionPlan | undefined,
): ActionPlanInput['approvals'] {
  return previous?.status === 'approved' && next.status === 'draft' ? [] : next.approvals;
}

/**
 * The written action plan's rules (seed 000 and 001). Returns field errors, empty
 * when the write may be stored. `previous` is the stored plan on an update.
 */
export function actionPlanErrors(
  next: ActionPlanInput,
  previous: ActionPlan | undefined,
  ctx: PlanContext,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const from = previous?.status;
  if (next.startDate && next.endDate && next.endDate <= next.startDate)
    errors.endDate = ruleMessage('endBeforeStart');
  if (!previous && next.status !== 'draft') errors.status = ruleMessage('startAsDraft');
  if (from && from !== next.status && !TRANSITIONS[from].includes(next.status))
    errors.status = ruleMessage('statusTransition');
  if (from === 'ended') {
    const { evaluation: _e, ...rest } = next;
    const { evaluation: _p, history: _h, id: _i, ...before } = previous!;
    if (!same({ ...before, ...rest }, before)) errors.status = ruleMessage('planEnded');
  }
  if (next.status !== 'draft') Object.assign(errors, completenessErrors(next));
  if (from === 'approved' && next.status === 'active') {
    const approved = new Set(next.approvals.map((a) => a.participantId));
    if (ctx.signatoryIds.some((s) => !approved.has(s)) && !next.activationOverride)
      errors.approvals = ruleMessage('missingApprovals');
  }
  Object.assign(errors, approvalErrors(next, previous, ctx));
  if (previous) Object.assign(errors, revisionErrors(next, previous));
  if (next.status === 'ended' && !next.sspStatus) errors.sspStatus = ruleMessage('needsSspStatus');
  if (next.status !== 'ended' && !isBlank(next.evaluation))
    errors.evaluation = ruleMessage('evaluationOnlyEnded');
  return errors;
}

/** Appends to the plan's history what this write changed. */
export function derivePlanHistory(
  next: ActionPlanInput,
  previous: ActionPlan | undefined,
  now: Date,
  username: string | null,
): PlanEvent[] {
  const at = now.toISOString();
  if (!previous) return [{ at, username, event: 'created' }];
  const events = [...previous.history];
  const approved = new Set(previous.approvals.map((a) => a.participantId));
  for (const a of next.approvals)
    if (!approved.has(a.participantId))
      events.push({ at, username, event: 'approval', participantId: a.participantId });
  for (const r of next.revisions.slice(previous.revisions.length))
    events.push({
      at,
      username,
      event: 'revised',
      from: r.previousEndDate,
      to: r.newEndDate,
      note: r.reason,
    });
  if (previous.status !== next.status)
    events.push({ at, username, event: 'status', from: previous.status, to: next.status });
  if (isBlank(previous.evaluation) && !isBlank(next.evaluation))
    events.push({ at, username, event: 'evaluated' });
  return events;
}

export const ENDS_SOON_DAYS = 7;

/** The list's flags: an active plan ending within 7 days, or past its end without SSP's status. */
export function planFlags(plan: Pick<ActionPlan, 'status' | 'endDate'>, now: Date) {
  const today = copenhagenDate(now);
  const soon = copenhagenDate(new Date(now.getTime() + ENDS_SOON_DAYS * 86_400_000));
  const running = plan.status === 'active' && plan.endDate !== null;
  return {
    endsSoon: running && plan.endDate! >= today && plan.endDate! <= soon,
    statusOverdue: running && plan.endDate! < today,
  };
}
