import type { RaRecord } from 'react-admin';
import { activationStepsOf } from '../../../domain/callIn';
import type { ChecklistItem } from '../../../domain/incidentRules';

export type { ChecklistItem };

export const checklistOf = (incident: RaRecord | undefined): ChecklistItem[] =>
  (incident?.activationChecklist as ChecklistItem[] | undefined) ?? [];

/**
 * The programme's steps in its order (seed 002's four when it names none), then any step
 * ticked before the programme dropped it: what was done stays visible.
 */
export function stepsToShow(programme: RaRecord | undefined, checklist: readonly ChecklistItem[]): string[] {
  const steps = activationStepsOf(programme);
  return [...steps, ...checklist.map((c) => c.step).filter((s) => !steps.includes(s))];
}
