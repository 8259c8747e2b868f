import type { ErasedItem, JournalLine, PurgeMark } from './types';

export type { ErasedItem, PurgeMark };

/** A purge not yet recorded done: what to blank, and the last erasure's line. */
export interface PurgeDue {
  seq: number;
  items: ErasedItem[];
}

/**
 * The purge due after `line`. Due stays due until a line records it done, so a crash or a
 * failed snapshot between the erasure and its purge only delays the purge.
 */
export function purgeDueAfter(
  due: PurgeDue | null,
  line: Pick<JournalLine, 'seq' | 'purge'>,
): PurgeDue | null {
  const mark = line.purge;
  if (!mark) return due;
  if ('done' in mark) return due && due.seq <= mark.done ? null : due;
  return { seq: line.seq, items: [...(due?.items ?? []), ...mark.erased] };
}
