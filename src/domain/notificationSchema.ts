import { z } from 'zod';
import { CHANNELS, NOTIFICATION_KINDS, NOTIFICATION_STATUSES, type Channel } from './callIn';
import { id, optionalDateTime } from './fields';

/**
 * A mail in the outbox, as the server writes it: never by a client (the role rule
 * refuses writes). The schema says what a record holds, for the demo data and restores.
 */
/** The `to` of a card in the programme's Teams channel: the address itself is a programme setting only its administrators see. */
export const TEAMS = 'Teams';

export const notificationSchema = z.object({
  incidentId: id.nullable(),
  programmeId: id,
  participantId: id.nullable(),
  name: z.string().max(120).nullable(),
  /**
   * Null once the retention rule has erased it, with the name and the reply token's hash. A
   * mail's address, an SMS's MSISDN (4512345678), or `Teams` (the programme's channel).
   */
  to: z.union([z.email(), z.string().regex(/^\d{8,15}$/), z.literal(TEAMS)]).nullable(),
  /** Mail when absent (records from before SMS). */
  channel: z.enum(CHANNELS).optional(),
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
  /** An SMS: the gateway's message id, which its delivery report names. */
  gatewayId: z.string().max(100).nullable().optional(),
  /** An SMS's delivery report: when the gateway said delivered or failed. */
  reportedAt: optionalDateTime.optional(),
});

export type Notification = z.infer<typeof notificationSchema> & { id: number; version: number };

/** A notification without a channel (from before SMS) is a mail. */
export const DEFAULT_CHANNEL: Channel = 'mail';

/** How a notification goes out, from the record itself. */
export function channelOf(record: { channel?: unknown }): Channel {
  return (CHANNELS as readonly unknown[]).includes(record.channel)
    ? (record.channel as Channel)
    : DEFAULT_CHANNEL;
}

/** What a reader of the outbox is shown: not the token's hash, nor the senders' bookkeeping. */
export function notificationView<T extends Record<string, unknown>>(record: T): T {
  const { replyTokenHash: _hash, claimedUntil: _claim, ...shown } = record;
  return shown as T;
}
