import type { Channel } from './callIn';
import {
  escalates,
  escalationStopped,
  latestCallIn,
  stepTimes,
  type Escalation,
  type EscalationIncident,
} from './escalation';

export type TimelineStep = 'group' | 'deputies' | 'admins';

export interface TimelineNotification {
  participantId: number | null;
  name: string | null;
  kind: string;
  cause: string;
  channel?: Channel;
  status: string;
  createdAt: string;
  sentAt: string | null;
  reply: 'yes' | 'no' | null;
  repliedAt: string | null;
}

export interface EscalationTimeline {
  /** Whether the programme's escalation covers the incident's level. */
  applies: boolean;
  /** Planned, held or closed: no more steps. */
  stopped: boolean;
  /** The next step and when it is due, unless stopped or all are taken. */
  next: { step: Exclude<TimelineStep, 'group'>; at: string } | null;
  /** One entry per step and channel, in time order: "22.04 SMS til 6". */
  steps: {
    step: TimelineStep;
    channel: Channel;
    at: string;
    count: number;
    sent: number;
    delivered: number;
    failed: number;
  }[];
  /** Every participant's latest answer: "22.41 Ali Hassan: kommer". */
  answers: {
    at: string;
    participantId: number;
    name: string | null;
    reply: 'yes' | 'no';
    channel: Channel;
  }[];
}

const stepOf = (n: TimelineNotification): TimelineStep | undefined =>
  n.kind === 'activation'
    ? 'group'
    : n.kind === 'escalation'
      ? n.cause.replace(/^teams:/, '').startsWith('escalation:deputies:')
        ? 'deputies'
        : 'admins'
      : undefined;

/** An incident's escalation as the panel shows it, from its outbox records. */
export function escalationTimeline(
  incident: EscalationIncident,
  rule: Escalation,
  notifications: readonly TimelineNotification[],
): EscalationTimeline {
  const byStep = new Map<string, EscalationTimeline['steps'][number]>();
  for (const n of [...notifications].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const step = stepOf(n);
    if (!step) continue;
    const channel = n.channel ?? 'mail';
    const key = `${n.cause.replace(/^teams:/, '')}|${channel}`;
    const entry = byStep.get(key) ?? {
      step,
      channel,
      at: n.createdAt,
      count: 0,
      sent: 0,
      delivered: 0,
      failed: 0,
    };
    entry.count += 1;
    if (n.status === 'sent' || n.status === 'delivered') entry.sent += 1;
    if (n.status === 'delivered') entry.delivered += 1;
    if (n.status === 'failed') entry.failed += 1;
    byStep.set(key, entry);
  }
  const latest = new Map<number, EscalationTimeline['answers'][number]>();
  for (const n of notifications)
    if (n.reply && n.repliedAt && n.participantId !== null) {
      const known = latest.get(n.participantId);
      if (!known || known.at < n.repliedAt)
        latest.set(n.participantId, {
          at: n.repliedAt,
          participantId: n.participantId,
          name: n.name,
          reply: n.reply,
          channel: n.channel ?? 'mail',
        });
    }
  const applies = escalates(rule, incident.level);
  const stopped = escalationStopped(incident);
  const callIn = latestCallIn(notifications);
  let next: EscalationTimeline['next'] = null;
  if (applies && !stopped && callIn) {
    const times = stepTimes(rule, incident.level, callIn.at);
    const taken = (step: string) =>
      notifications.some((n) => n.cause.endsWith(`escalation:${step}:${callIn.cause}`));
    if (!taken('deputies')) next = { step: 'deputies', at: times.deputies.toISOString() };
    else if (!taken('admins')) next = { step: 'admins', at: times.admins.toISOString() };
  }
  return {
    applies,
    stopped,
    next,
    steps: [...byStep.values()].sort((a, b) => a.at.localeCompare(b.at)),
    answers: [...latest.values()].sort((a, b) => a.at.localeCompare(b.at)),
  };
}
