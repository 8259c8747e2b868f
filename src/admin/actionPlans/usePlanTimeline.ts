import { useTranslate, type RaRecord } from 'react-admin';
import type { PlanEvent } from '../../domain/actionPlanSchema';
import { useFormatDate } from '../formatting/useFormatDate';
import type { TimelineItem } from '../history/Timeline';
import { useIncidentLog } from '../incidentLog/useIncidentLog';
import { useLogItems } from '../incidentLog/useLogItems';
import { useParticipants } from './sections/useParticipants';

const T = 'beredskab.actionPlans.timeline';

/** The plan's own history (created, status changes, approvals, revisions, evaluation) and the log of its incidents. */
export function usePlanTimeline(plan: RaRecord | undefined): TimelineItem[] {
  const translate = useTranslate();
  const format = useFormatDate();
  const { byId } = useParticipants(plan?.programmeId);
  const { data: entries = [] } = useIncidentLog((plan?.incidentIds as number[] | undefined) ?? []);
  const logItems = useLogItems(entries).map((item) => ({
    ...item,
    marks: [{ label: translate(`${T}.log`) }, ...(item.marks ?? [])],
  }));
  const status = (s?: string) => translate(`beredskab.planStatuses.${s}`);
  const title = (e: PlanEvent) => {
    switch (e.event) {
      case 'status':
        return translate(`${T}.status`, { from: status(e.from), to: status(e.to) });
      case 'approval':
        return translate(`${T}.approval`, {
          name: byId.get(e.participantId!)?.name ?? `#${e.participantId}`,
        });
      case 'revised':
        return translate(`${T}.revised`, { from: format.day(e.from), to: format.day(e.to) });
      default:
        return translate(`${T}.${e.event}`);
    }
  };
  const planItems = ((plan?.history ?? []) as PlanEvent[]).map((e, i): TimelineItem => ({
    key: `plan-${String(i).padStart(4, '0')}`,
    at: e.at,
    title: title(e),
    lines: e.note
      ? [{ label: translate('resources.actionPlans.fields.revisions.reason'), text: e.note }]
      : [],
    author: e.username,
  }));
  return [...planItems, ...logItems];
}
