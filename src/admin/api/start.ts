import type { ProgrammeStart, StartState } from '../../domain/startChecklist';

export type { ProgrammeStart, StartState };

/** POST /api/demo/remove: what was removed, counted (no content). */
export interface DemoRemoval {
  programmes: { id: number; name: string }[];
  counts: Record<string, number>;
  users: number;
  directoryMappings: number;
}
