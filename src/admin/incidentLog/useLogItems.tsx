import { useTranslate } from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import type { IncidentLogEntry } from '../../domain/incidentLogSchema';
import type { TimelineItem } from '../history/Timeline';

const FIELD = 'resources.incidentLogEntries.fields';

/**
 * Log entries as timeline items. The log is append-only: a correction is a new entry, so
 * the corrected one says "Rettet – se #N" and the correction "Retter #M".
 */
export function useLogItems(
  entries: readonly IncidentLogEntry[],
  onCorrect?: (entry: IncidentLogEntry) => void,
): TimelineItem[] {
  const translate = useTranslate();
  const correctedBy = new Map<number, number[]>();
  for (const e of entries)
    if (e.correctsId !== null)
      correctedBy.set(e.correctsId, [...(correctedBy.get(e.correctsId) ?? []), e.id]);

  return entries.map((entry) => {
    const corrections = correctedBy.get(entry.id) ?? [];
    const lines = (['decided', 'informed', 'confidentialNotes'] as const)
      .filter((field) => entry[field])
      .map((field) => ({ label: translate(`${FIELD}.${field}`), text: String(entry[field]) }));
    const marks: TimelineItem['marks'] = [
      ...corrections.map((id) => ({
        label: translate('beredskab.incidentLog.correctedBy', { id }),
        color: 'warning' as const,
      })),
      ...(entry.correctsId !== null
        ? [
            {
              label: translate('beredskab.incidentLog.corrects', { id: entry.correctsId }),
              color: 'info' as const,
            },
          ]
        : []),
    ];
    return {
      key: `log-${entry.id}`,
      tag: `#${entry.id}`,
      at: entry.at,
      title: entry.happened,
      lines,
      marks,
      author: entry.author,
      muted: corrections.length > 0,
      action: onCorrect && (
        <LabelledButton
          label="beredskab.incidentLog.correct"
          aria-label={translate('beredskab.incidentLog.correctTitle', { id: entry.id })}
          onClick={() => onCorrect(entry)}
          size="small"
        />
      ),
    };
  });
}
