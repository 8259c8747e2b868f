import type { RaRecord } from 'react-admin';
import { DEFAULT_ACTIVATION_STEPS } from '../../../domain/callIn';

/** A ticked step, as the server keeps it on the incident: who and when are the server's. */
export interface ChecklistItem {
  step: string;
  doneAt: string;
  doneBy: string | null;
}

export const checklistOf = (incident: RaRecord | undefined): ChecklistItem[] =>
  (incident?.activationChecklist as ChecklistItem[] | undefined) ?? [];

/**
 * The programme's steps in its order (seed 002's four when it names none), then any step
 * ticked before the programme dropped it: what was done stays visible.
 */
export function stepsToShow(programme: RaRecord | undefined, checklist: readonly ChecklistItem[]): string[] {
  const own = programme?.activationSteps as string[] | undefined;
  const steps = own ?? [...DEFAULT_ACTIVATION_STEPS];
  return [...steps, ...checklist.map((c) => c.step).filter((s) => !steps.includes(s))];
}
