import { z } from 'zod';
import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from './callIn';
import { id, optionalDateTime } from './fields';

/**
 * A mail in the outbox, as the server writes it: never by a client (the role rule
 * refuses writes). The schema says what a record holds, for the demo data and restores.
 */
export const notificationSchema = z.object({
  incidentId: id.nullable(),
  programmeId: id,
  participantId: id.nullable(),
  name: z.string().max(120).nullable(),
  /** Null once the retention rule has erased it, with the name and the reply token's hash. */
  to: z.email().nullable(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** The same cause never makes a second mail to the same person. */
  cause: z.string().max(200),
  status: z.enum(NOTIFICATION_STATUSES),
  attempts: z.int().min(0),
  lastError: z.string().max(500).nullable(),
  createdAt: z.iso.datetime(),
  sentAt: optionalDateTime,
  nextAttemptAt: optionalDateTime,
  /** A sender working on it until then; another process leaves it alone. */
  claimedUntil: optionalDateTime,
  /** SHA-256 of the reply link's token: the token itself is only in the mail. */
  replyTokenHash: z.string().nullable(),
  reply: z.enum(['yes', 'no']).nullable(),
  repliedAt: optionalDateTime,
  /** An invitation or cancellation: the calendar entry's UID, its SEQUENCE and the meeting's time. */
  calendarUid: z.string().max(200).nullable().optional(),
  sequence: z.int().min(0).nullable().optional(),
  meetingAt: optionalDateTime.optional(),
  /** A reporting round's mail: the round and the reporter it is about. */
  roundId: id.nullable().optional(),
  reporterId: id.nullable().optional(),
});

export type Notification = z.infer<typeof notificationSchema> & { id: number; version: number };

/** Every notification goes by mail today; one that names its channel (SMS, Teams, later) goes by that. */
export const DEFAULT_CHANNEL = 'mail';

/** How a notification goes out, from the record itself. */
export function channelOf(record: { channel?: unknown }): string {
  return typeof record.channel === 'string' && record.channel !== '' ? record.channel : DEFAULT_CHANNEL;
}

/** What a reader of the outbox is shown: not the token's hash, nor the senders' bookkeeping. */
export function notificationView<T extends Record<string, unknown>>(record: T): T {
  const { replyTokenHash: _hash, claimedUntil: _claim, ...shown } = record;
  return shown as T;
}
