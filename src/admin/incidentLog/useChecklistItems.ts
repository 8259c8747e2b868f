import { useTranslate, type RaRecord } from 'react-admin';
import type { TimelineItem } from '../history/Timeline';
import { checklistOf } from '../incidents/callIn/checklist';

/** The incident's ticked activation steps as timeline items beside its log entries. */
export function useChecklistItems(incident: RaRecord | undefined): TimelineItem[] {
  const translate = useTranslate();
  return checklistOf(incident).map((item) => ({
    key: `step-${item.doneAt}-${item.step}`,
    at: item.doneAt,
    title: item.doneBy
      ? translate('beredskab.checklist.timelineBy', { step: item.step, by: item.doneBy })
      : translate('beredskab.checklist.timeline', { step: item.step }),
    marks: [{ label: translate('beredskab.checklist.mark'), color: 'success' as const }],
  }));
}
