/**
 * "Kom i gang": what a new install and a new programme need before the first incident can be
 * handled, in the order it is set up — the programme, its housing areas, its contacts in both
 * response groups, the users who work in it, its indicators. Computed from what exists, so it
 * is done when the things are there, however they were made.
 */
export const START_STEPS = ['areas', 'contacts', 'users', 'indicators'] as const;
export type StartStep = (typeof START_STEPS)[number];

/** What exists of one programme, counted (GET /api/start). */
export interface ProgrammeStart {
  id: number;
  name: string;
  areas: number;
  contacts: number;
  /** Contacts in response group 1 (called without a police case) and group 2 (with one). */
  groupOne: number;
  groupTwo: number;
  /** Users with a role in the programme (the system administrators not counted). */
  users: number;
  indicators: number;
}

/** GET /api/start: the administrator's programmes (not the demo's), and the demo programmes still there. */
export interface StartState {
  programmes: ProgrammeStart[];
  /** The demo programmes the user administers; the system administrator alone may remove them. */
  demo: { id: number; name: string }[];
}

export function stepDone(programme: ProgrammeStart, step: StartStep): boolean {
  switch (step) {
    case 'areas':
      return programme.areas > 0;
    case 'contacts':
      return programme.groupOne > 0 && programme.groupTwo > 0;
    case 'users':
      return programme.users > 0;
    case 'indicators':
      return programme.indicators > 0;
  }
}

export const programmeReady = (programme: ProgrammeStart) => START_STEPS.every((s) => stepDone(programme, s));

/**
 * Whether administrators are shown the checklist: on an install with no programmes, and while a
 * programme of theirs is not set up. An install with the demo alone is a demo, set up as it is.
 */
export function checklistDue(state: StartState): boolean {
  if (state.programmes.length === 0) return state.demo.length === 0;
  return state.programmes.some((p) => !programmeReady(p));
}
