import { useTranslate } from 'react-admin';
import type { Notification } from '../../domain/notificationSchema';
import { useFormatDate } from '../formatting/useFormatDate';
import { ASKS_FOR_REPLY } from './choices';

/**
 * What the outbox's reader is shown of a message: its record without the server's bookkeeping.
 * An SMS's `to` is a number, and the gateway's report may mark it `delivered`; `channel` is
 * missing on records from before SMS and Teams (mail).
 */
export type ShownNotification = Omit<Notification, 'replyTokenHash' | 'claimedUntil' | 'status' | 'kind'> & {
  status: string;
  kind: string;
  channel?: string;
};

/** A mail's delivery and reply in words: "Sendt 23.11.2026 13.05", "Kan deltage 23.11.2026 13.20". */
export function useNotificationText() {
  const translate = useTranslate();
  const format = useFormatDate();
  const error = (n: ShownNotification) => n.lastError ?? '–';
  const retry = (n: ShownNotification) =>
    n.nextAttemptAt
      ? `; ${translate('beredskab.callIn.nextAttempt', { at: format.instant(n.nextAttemptAt) })}`
      : '';
  return {
    /** `brief`: a failed mail without its error, for a table that shows the error beside it. */
    delivery(n: ShownNotification, brief = false): string {
      if (n.status === 'delivered')
        return translate('beredskab.callIn.delivered', { at: n.sentAt ? format.instant(n.sentAt) : '' });
      if (n.status === 'sent')
        return translate('beredskab.callIn.sent', { at: n.sentAt ? format.instant(n.sentAt) : '' });
      // Failed for now, while it has a next attempt: the server tries again by itself.
      if (n.status === 'failed')
        return brief
          ? `${translate('beredskab.notificationStatuses.failed')}${retry(n)}`
          : `${translate('beredskab.callIn.failed', { error: error(n), attempts: n.attempts })}${retry(n)}`;
      return translate('beredskab.callIn.unsent');
    },
    /** Undefined for a mail that asks nothing (a reminder, the board's briefing). */
    reply(n: ShownNotification): string | undefined {
      if (!ASKS_FOR_REPLY.has(n.kind)) return undefined;
      if (!n.reply) return translate('beredskab.replies.none');
      const reply = translate(`beredskab.replies.${n.reply}`);
      return n.repliedAt
        ? translate('beredskab.callIn.repliedAt', { reply, at: format.instant(n.repliedAt) })
        : reply;
    },
  };
}
