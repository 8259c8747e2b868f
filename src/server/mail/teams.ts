import type { CallInIncident } from '../../domain/callIn';
import { LEVEL_LABELS, labelOf } from '../../domain/labels';
import { copenhagenText } from '../../domain/localTime';
import type { Notification } from '../../domain/notificationSchema';
import { notificationsOf } from '../changes/callIn';
import type { ReadState } from '../store/types';
import type { MailSettings } from './settings';

type Incident = CallInIncident & { areaId: number };

const HEADLINE: Partial<Record<Notification['kind'], string>> = {
  activation: 'Responsgruppen er indkaldt',
  escalation: 'Ingen har svaret: eskaleret',
  invitation: 'Beredskabsmøde planlagt',
};

/**
 * A card for the programme's Teams channel (a Power Automate "Workflows" webhook takes an
 * Adaptive Card as a message attachment): level, area, deadline, who has answered and a link
 * to the incident. Only what the board may read too: never the description or notes.
 */
export function composeCard(state: ReadState, n: Notification, settings: MailSettings): object {
  const base = settings.publicUrl().replace(/\/$/, '');
  const incident = (n.incidentId !== null ? state.find('incidents', n.incidentId) : undefined) as
    Incident | undefined;
  if (!incident) throw new Error(`teams ${n.id}: its incident is gone`);
  const area = String(state.find('areas', incident.areaId)?.name ?? `område ${incident.areaId}`);
  const replies = notificationsOf(state, incident.id).filter(
    (m) => m.reply !== null && m.participantId !== null,
  );
  const latest = new Map<number, (typeof replies)[number]>();
  for (const r of replies.sort((a, b) => (a.repliedAt ?? '').localeCompare(b.repliedAt ?? '')))
    latest.set(r.participantId!, r);
  const coming = [...latest.values()].filter((r) => r.reply === 'yes').map((r) => r.name ?? '?');
  const notComing = [...latest.values()].filter((r) => r.reply === 'no').map((r) => r.name ?? '?');
  const facts = [
    {
      title: 'Niveau',
      value: labelOf(LEVEL_LABELS, incident.level) + (incident.exercise ? ' (øvelse)' : ''),
    },
    { title: 'Boligområde', value: area },
    ...(incident.responseDeadline
      ? [{ title: 'Mødefrist', value: copenhagenText(incident.responseDeadline) }]
      : []),
    ...(incident.meetingPlannedAt
      ? [{ title: 'Møde', value: copenhagenText(incident.meetingPlannedAt) }]
      : []),
    { title: 'Kommer', value: coming.length > 0 ? coming.join(', ') : 'ingen endnu' },
    ...(notComing.length > 0 ? [{ title: 'Kan ikke', value: notComing.join(', ') }] : []),
  ];
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'TextBlock',
              size: 'Large',
              weight: 'Bolder',
              wrap: true,
              color: incident.level === 'red' ? 'Attention' : 'Warning',
              text: `${HEADLINE[n.kind] ?? 'Beredskab'}: ${labelOf(LEVEL_LABELS, incident.level).toLowerCase()} niveau i ${area}`,
            },
            { type: 'FactSet', facts },
          ],
          actions: [
            { type: 'Action.OpenUrl', title: 'Se hændelsen', url: `${base}/#/incidents/${incident.id}/show` },
          ],
        },
      },
    ],
  };
}

/** Posts a card to the webhook; a Workflows webhook answers 202 Accepted (200 from older connectors). */
export async function postCard(url: string, card: object): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(card),
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`Teams svarede ${res.status}: ${(await res.text()).slice(0, 200)}`);
}
