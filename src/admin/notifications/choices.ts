import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from '../../domain/callIn';
import { choicesFor } from '../choices/choicesFor';

/** How a notification goes out (DESIGN.md, "Text messages and escalation"): a record without one went by mail. */
export const NOTIFICATION_CHANNELS = ['mail', 'sms', 'teams'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
/** `delivered`: the SMS gateway's delivery report said so; a mail stays `sent`. */
const SHOWN_STATUSES = [...new Set([...NOTIFICATION_STATUSES, 'delivered'])];

export const kindChoices = choicesFor('notificationKinds', [
  ...new Set([...NOTIFICATION_KINDS, 'escalation']),
]);
export const statusChoices = choicesFor('notificationStatuses', SHOWN_STATUSES);
export const channelChoices = choicesFor('notificationChannels', NOTIFICATION_CHANNELS);
export const replyChoices = choicesFor('replies', ['yes', 'no'] as const);

/** The kinds whose message carries a reply link: the call-in, its escalation steps and the meeting invitation. */
export const ASKS_FOR_REPLY: ReadonlySet<string> = new Set(['activation', 'escalation', 'invitation']);
