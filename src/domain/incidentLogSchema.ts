import { z } from 'zod';
import { flag, id, isoDateTime, optionalText, requiredText } from './fields';

/**
 * The incident log (hændelseslog, seed 002's situation picture): timestamped entries on an
 * activated incident. Append-only: a correction is a new entry that refers to the old one.
 */
export const incidentLogEntrySchema = z.object({
  incidentId: id,
  /** When it happened; the server fills in the time of writing when absent. */
  at: isoDateTime.optional(),
  happened: requiredText(4000),
  decided: optionalText(4000),
  informed: optionalText(2000),
  correctsId: id.nullish().transform((v) => v ?? null),
  /** "Dette var beredskabsmødet": the entry's time becomes the incident's meetingHeldAt. */
  isMeeting: flag,
  confidentialNotes: optionalText(4000),
});

export type IncidentLogEntryInput = z.infer<typeof incidentLogEntrySchema>;

export interface IncidentLogEntry extends Omit<IncidentLogEntryInput, 'at'> {
  id: number;
  at: string;
  /** Who wrote it, set by the server. */
  author: string | null;
}
