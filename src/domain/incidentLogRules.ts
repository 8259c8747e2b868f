import type { IncidentLogEntryInput } from './incidentLogSchema';
import { ruleMessage } from './messages';
import type { WriteContext } from './records';

/** The log is kept for activated incidents (yellow, red); a correction stays within its incident. */
export function incidentLogErrors(input: Record<string, unknown>, ctx: WriteContext): Record<string, string> {
  const entry = input as unknown as IncidentLogEntryInput;
  const errors: Record<string, string> = {};
  const incident = ctx.find('incidents', entry.incidentId);
  if (incident && incident.level === 'green') errors.incidentId = ruleMessage('incidentNotActivated');
  if (entry.isMeeting && incident && (entry.at ?? ctx.now.toISOString()) < String(incident.occurredAt))
    errors.at = ruleMessage('meetingBeforeIncident');
  if (entry.correctsId !== null) {
    const corrected = ctx.find('incidentLogEntries', entry.correctsId);
    if (corrected && corrected.incidentId !== entry.incidentId)
      errors.correctsId = ruleMessage('correctionOtherIncident');
  }
  return errors;
}
