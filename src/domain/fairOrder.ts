/**
 * The order in which a shared queue serves its programmes: each programme's items in their
 * own order, taken in turn, so one programme's thousand queued mails never hold back
 * another programme's call-in.
 */
export function fairOrder<T extends { id: number; programmeId?: unknown }>(items: readonly T[]): T[] {
  const queues = new Map<unknown, T[]>();
  for (const item of [...items].sort((a, b) => a.id - b.id)) {
    const queue = queues.get(item.programmeId) ?? [];
    queue.push(item);
    queues.set(item.programmeId, queue);
  }
  const order: T[] = [];
  for (let round = 0; order.length < items.length; round++)
    for (const queue of queues.values()) if (round < queue.length) order.push(queue[round]!);
  return order;
}
