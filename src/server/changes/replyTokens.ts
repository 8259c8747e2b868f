import type { Notification } from '../../domain/notificationSchema';
import type { ReadState, Row } from '../store/types';

/**
 * Reply tokens' hashes to their mail's id, per version of the notifications' records. The
 * store hands out the same array until a write changes the collection, so the index is
 * built once per change of the outbox, not on every request to /svar.
 */
const indexes = new WeakMap<readonly Row[], Map<string, number>>();

function indexOf(rows: readonly Row[]): Map<string, number> {
  let index = indexes.get(rows);
  if (!index) {
    index = new Map();
    for (const row of rows) {
      const hash = (row as unknown as Notification).replyTokenHash;
      if (hash) index.set(hash, row.id as number);
    }
    indexes.set(rows, index);
  }
  return index;
}

/** The mail a reply token's hash belongs to, found through the index. */
export function mailByTokenHash(state: ReadState, tokenHash: string): Notification | undefined {
  const id = indexOf(state.all('notifications')).get(tokenHash);
  const n = id === undefined ? undefined : (state.find('notifications', id) as unknown as Notification);
  // The record is read from the state itself: what the index says is checked again.
  return n?.replyTokenHash === tokenHash ? n : undefined;
}
