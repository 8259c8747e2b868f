import { channelOf } from '../../../domain/notificationSchema';
import type { ShownNotification } from '../../notifications/useNotificationText';

/** Whom a step of the call-in reached: the group itself, the deputies of those silent, the administrators. */
export type EscalationStep = 'group' | 'deputies' | 'admins';

export interface SentEntry {
  type: 'sent';
  at: string;
  step: EscalationStep;
  channel: string;
  /** People reached (a Teams post reaches a channel: 1). */
  count: number;
  delivered: number;
  failed: string[];
  waiting: number;
}

export interface ReplyEntry {
  type: 'reply';
  at: string;
  name: string;
  reply: 'yes' | 'no';
}

export type TimelineEntry = SentEntry | ReplyEntry;

/** The kinds that call someone in: the first call and each escalation step. */
const CALLS = new Set(['activation', 'escalation']);

/** The step an escalation message belongs to, from its `step` if the server names it, else from its cause. */
export function stepOf(n: ShownNotification & { step?: unknown }): EscalationStep {
  if (n.kind !== 'escalation') return 'group';
  const said = `${typeof n.step === 'string' ? n.step : ''} ${n.cause}`.toLowerCase();
  if (said.includes('admin')) return 'admins';
  return 'deputies';
}

const minute = (iso: string) => iso.slice(0, 16);

/**
 * "22.04 SMS til 6 · 22.34 SMS til 3 stedfortrædere · 22.41 Ali Hassan: kommer": the messages
 * that called people in, one entry per step and channel, and every answer, oldest first.
 */
export function escalationTimeline(notifications: readonly ShownNotification[]): TimelineEntry[] {
  const sent = new Map<string, SentEntry & { to: Set<string> }>();
  const replies = new Map<string, ReplyEntry>();
  for (const n of notifications) {
    if (!CALLS.has(n.kind)) continue;
    const step = stepOf(n);
    const channel = channelOf(n);
    const key = `${step}|${channel}|${n.cause}`;
    const entry = sent.get(key) ?? {
      type: 'sent' as const,
      at: n.createdAt,
      step,
      channel,
      count: 0,
      delivered: 0,
      failed: [],
      waiting: 0,
      to: new Set<string>(),
    };
    if (n.createdAt < entry.at) entry.at = n.createdAt;
    entry.to.add(n.to ?? `#${n.id}`);
    entry.count = entry.to.size;
    if (n.status === 'delivered') entry.delivered += 1;
    else if (n.status === 'failed') entry.failed.push(n.name ?? n.to ?? '–');
    else if (n.status === 'unsent') entry.waiting += 1;
    sent.set(key, entry);
    if (n.reply && n.repliedAt) {
      const name = n.name ?? n.to ?? '–';
      // One answer given once is one entry, whether it came by the mail's link or the SMS's.
      replies.set(`${name}|${n.reply}|${minute(n.repliedAt)}`, {
        type: 'reply',
        at: n.repliedAt,
        name,
        reply: n.reply,
      });
    }
  }
  const entries: TimelineEntry[] = [
    ...[...sent.values()].map(({ to: _to, ...entry }) => entry),
    ...replies.values(),
  ];
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
