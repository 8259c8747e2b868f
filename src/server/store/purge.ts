import type { ErasedResource } from '../../domain/retention';
import type { JournalLine } from './types';

/** A record whose confidential fields an erasure blanked. */
export interface ErasedItem {
  resource: ErasedResource;
  id: number;
}

/**
 * What a journal line says about purging: an erasure's line names what it erased, so
 * that every earlier copy (journal, snapshots, backups) is purged of it; a later line
 * records the purge of everything due up to a line as done.
 */
export type PurgeMark = { erased: ErasedItem[] } | { done: number };

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
