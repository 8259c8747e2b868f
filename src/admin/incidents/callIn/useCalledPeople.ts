import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import { channelOf } from '../../../domain/notificationSchema';
import { ASKS_FOR_REPLY } from '../../notifications/choices';
import type { ShownNotification } from '../../notifications/useNotificationText';

export interface CalledPerson {
  /** The participant, or the address for one without (the board's briefing): their mail and SMS together. */
  key: string;
  /** The address: the board's briefing has no participant, but every mail has one until erased ('' then). */
  to: string;
  name: string | null;
  mails: ShownNotification[];
  /** The latest answer to any mail that asked for one. */
  reply: 'yes' | 'no' | null;
}

/**
 * The outbox works on its own, so the card asks again while something is on its way: soon
 * for a mail waiting for the sender (it goes within seconds), now and then for one that
 * failed and waits for its next attempt (minutes away).
 */
function askAgainIn(mails: readonly ShownNotification[] | undefined): number | false {
  if (mails?.some((m) => m.status === 'unsent')) return 3_000;
  if (mails?.some((m) => m.status === 'failed' && m.nextAttemptAt)) return 30_000;
  return false;
}

const byName = (a: CalledPerson, b: CalledPerson) =>
  (a.name ?? a.to).localeCompare(b.name ?? b.to, 'da') || a.to.localeCompare(b.to);

function latestReply(mails: readonly ShownNotification[]): CalledPerson['reply'] {
  const answered = mails
    .filter((m) => ASKS_FOR_REPLY.has(m.kind) && m.reply)
    .sort((a, b) => (a.repliedAt ?? '').localeCompare(b.repliedAt ?? ''));
  return answered.at(-1)?.reply ?? null;
}

/**
 * Every message of one incident, oldest first; not asked at all for the board (403). The call-in
 * card and the escalation timeline share the one request.
 */
export function useIncidentNotifications(incidentId: number | undefined) {
  const { canAccess, isPending: accessPending } = useCanAccess({ action: 'list', resource: 'notifications' });
  const { data = [], isPending } = useGetList<ShownNotification>(
    'notifications',
    {
      filter: { incidentId },
      sort: { field: 'createdAt', order: 'ASC' },
      pagination: { page: 1, perPage: 500 },
    },
    {
      enabled: canAccess === true && incidentId !== undefined,
      refetchInterval: (query) => askAgainIn(query.state.data?.data),
    },
  );
  return {
    canAccess: canAccess === true,
    isPending: accessPending || (canAccess === true && isPending),
    data,
  };
}

/** The messages of one incident, one entry per recipient. */
export function useCalledPeople(incidentId: number | undefined) {
  const translate = useTranslate();
  const { canAccess, isPending, data } = useIncidentNotifications(incidentId);
  const people = new Map<string, CalledPerson>();
  for (const mail of data) {
    // Mails whose recipient the retention rule erased are counted together, under one line.
    const to = mail.to ?? '';
    const key = mail.participantId != null && mail.to !== null ? `p${mail.participantId}` : to;
    const person = people.get(key) ?? { key, to, name: null, mails: [], reply: null };
    person.name ??= mail.to === null ? translate('beredskab.callIn.erased') : mail.name;
    // The address shown under the name: the mail's, beside which an SMS's number says little.
    if (channelOf(mail) === 'mail' && mail.to !== null) person.to = mail.to;
    person.mails.push(mail);
    people.set(key, person);
  }
  for (const person of people.values()) person.reply = latestReply(person.mails);
  return { canAccess, isPending, people: [...people.values()].sort(byName) };
}
