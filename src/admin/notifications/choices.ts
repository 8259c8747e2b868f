import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from '../../domain/callIn';
import { choicesFor } from '../choices/choicesFor';

export const kindChoices = choicesFor('notificationKinds', NOTIFICATION_KINDS);
export const statusChoices = choicesFor('notificationStatuses', NOTIFICATION_STATUSES);
export const replyChoices = choicesFor('replies', ['yes', 'no'] as const);

/** The kinds whose mail carries a reply link: the call-in and the meeting invitation. */
export const ASKS_FOR_REPLY: ReadonlySet<string> = new Set(['activation', 'invitation']);
