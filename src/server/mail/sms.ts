import type { CallInIncident } from '../../domain/callIn';
import { type Notification } from '../../domain/notificationSchema';
import { smsText } from '../../domain/smsText';
import type { ReadState } from '../store/types';
import type { MailSettings } from './settings';

type Incident = CallInIncident & { areaId: number };

/** An SMS's text, made when it is sent from what the incident says then (src/domain/smsText.ts). */
export function composeSms(
  state: ReadState,
  n: Notification,
  settings: MailSettings,
  replyToken: string | null,
): string {
  const base = settings.publicUrl().replace(/\/$/, '');
  const incident = (n.incidentId !== null ? state.find('incidents', n.incidentId) : undefined) as
    Incident | undefined;
  if (!incident) throw new Error(`sms ${n.id}: its incident is gone`);
  const area = String(state.find('areas', incident.areaId)?.name ?? `område ${incident.areaId}`);
  const link = replyToken ? `${base}/svar/${replyToken}` : `${base}/#/incidents/${incident.id}/show`;
  const deputy = n.kind === 'escalation' && n.participantId !== null;
  const stoodInFor = deputy ? state.find('participants', n.participantId!)?.deputyOfId : undefined;
  return smsText({
    level: incident.level,
    area,
    deadline: incident.responseDeadline,
    link,
    exercise: incident.exercise,
    step:
      n.kind !== 'escalation'
        ? undefined
        : deputy
          ? { deputyFor: String(state.find('participants', stoodInFor as number)?.name ?? 'et medlem') }
          : { admins: true },
  });
}

/** GatewayAPI's `POST /rest/mtsms`: one message to one number, answered with its id. */
export async function sendSms(
  gateway: NonNullable<MailSettings['sms']>,
  msisdn: string,
  message: string,
): Promise<string> {
  const res = await fetch(`${gateway.gatewayUrl.replace(/\/$/, '')}/rest/mtsms`, {
    method: 'POST',
    headers: { Authorization: `Token ${gateway.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ sender: gateway.sender, message, recipients: [{ msisdn: Number(msisdn) }] }),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`SMS-gatewayen svarede ${res.status}: ${text.slice(0, 200)}`);
  const ids = (JSON.parse(text) as { ids?: unknown[] }).ids;
  if (!Array.isArray(ids) || ids.length === 0) throw new Error('SMS-gatewayen svarede uden id');
  return String(ids[0]);
}
