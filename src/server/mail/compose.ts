import { activationStepsOf, stepsDone, type CallInIncident } from '../../domain/callIn';
import type { ChecklistItem } from '../../domain/incidentRules';
import { copenhagenText } from '../../domain/localTime';
import type { Notification } from '../../domain/notificationSchema';
import { CATEGORY_LABELS, LEVEL_LABELS, labelOf } from '../../domain/labels';
import type { ReadState } from '../store/types';
import { notificationsOf } from '../changes/callIn';
import { meetingCalendar } from './ics';
import { bodies, type Mail } from './bodies';

export type { Mail };
import type { MailSettings } from './settings';
import { composeRoundMail } from './roundMail';

type Incident = CallInIncident & { areaId: number; category: string; occurredAt: string };

/**
 * A mail's Danish text, made when it is sent from what the incident says then. Only what
 * the board may read too — level, area, category, times, the deadline, links — never the
 * confidential notes, and not the description, which may name residents.
 */
export function composeMail(
  state: ReadState,
  n: Notification,
  settings: MailSettings,
  replyToken: string | null,
): Mail {
  if (n.roundId) return composeRoundMail(state, n, settings, replyToken);
  const base = settings.publicUrl().replace(/\/$/, '');
  const incident = (n.incidentId !== null ? state.find('incidents', n.incidentId) : undefined) as
    Incident | undefined;
  if (!incident) throw new Error(`mail ${n.id}: its incident is gone`);
  const area = String(state.find('areas', incident.areaId)?.name ?? `område ${incident.areaId}`);
  const level = labelOf(LEVEL_LABELS, incident.level).toLowerCase();
  const drill = incident.exercise ? ' (øvelse)' : '';
  const deadline = incident.responseDeadline ? copenhagenText(incident.responseDeadline) : null;
  const facts = [
    `Niveau: ${labelOf(LEVEL_LABELS, incident.level)}${drill}`,
    `Boligområde: ${area}`,
    `Kategori: ${labelOf(CATEGORY_LABELS, incident.category)}`,
    `Tidspunkt: ${copenhagenText(incident.occurredAt)}`,
    `Responsgruppe: ${incident.policeCase ? '2 (med politisag)' : '1 (uden politisag)'}`,
    ...(deadline ? [`Mødefrist: ${deadline}`] : []),
    ...(incident.meetingPlannedAt ? [`Møde planlagt: ${copenhagenText(incident.meetingPlannedAt)}`] : []),
  ].join('\n');
  const incidentLink = { text: 'Se hændelsen i beredskab', url: `${base}/#/incidents/${incident.id}/show` };
  const replyLinks = replyToken
    ? [
        { text: 'Jeg kan deltage', url: `${base}/svar/${replyToken}?svar=ja` },
        { text: 'Jeg kan ikke deltage', url: `${base}/svar/${replyToken}?svar=nej` },
      ]
    : [];
  const greeting = n.name ? `Kære ${n.name}` : 'Til orientering';
  switch (n.kind) {
    case 'activation':
      return {
        subject: `Beredskab aktiveret: ${level} niveau i ${area}${drill}`,
        ...bodies(
          [
            greeting,
            `Beredskabet er aktiveret, og du indkaldes som medlem af responsgruppe ${incident.policeCase ? 2 : 1}. Mødet skal holdes senest ved fristen.`,
            facts,
            'Svar venligst, om du kan deltage i beredskabsmødet:',
          ],
          [...replyLinks, incidentLink],
        ),
      };
    case 'invitation':
    case 'cancellation': {
      // The time and SEQUENCE the mail was queued with; an invitation from before they were kept has the incident's.
      const meetingAt = n.meetingAt ?? incident.meetingPlannedAt!;
      const cancelled = n.kind === 'cancellation';
      const calendar = (method: 'REQUEST' | 'CANCEL') => ({
        method,
        content: meetingCalendar({
          method,
          uid: n.calendarUid ?? `incident-${incident.id}@${new URL(base).hostname}`,
          sequence: n.sequence ?? legacySequence(state, n),
          start: meetingAt,
          summary: `Beredskabsmøde: ${area}`,
          description: `${facts}\n\n${incidentLink.url}`,
          url: incidentLink.url,
          organizer: { name: 'Beredskab', email: addressOf(settings.from) },
          attendee: { name: n.name, email: n.to! },
        }),
      });
      if (cancelled)
        return {
          subject: `Aflyst: beredskabsmøde ${copenhagenText(meetingAt)}: ${area}`,
          ...bodies(
            [
              greeting,
              `Beredskabsmødet om hændelsen i ${area} ${copenhagenText(meetingAt)} er aflyst for dig: mødet er aflyst eller flyttet af beredskabet, hændelsen er afsluttet, eller du er ikke længere indkaldt. Aftalen fjernes fra din kalender.`,
              facts,
            ],
            [incidentLink],
          ),
          calendar: calendar('CANCEL'),
        };
      return {
        subject: `Indkaldelse til beredskabsmøde ${copenhagenText(meetingAt)}: ${area}`,
        ...bodies(
          [
            greeting,
            `Beredskabsmødet om hændelsen i ${area} holdes ${copenhagenText(meetingAt)}.`,
            facts,
            // Nothing reads a calendar's Accept or Decline: the invitation asks for none (RSVP=FALSE).
            'Svar venligst med et af linkene herunder, om du kan deltage. Et svar med kalenderens knapper (Acceptér/Afvis) når ikke frem til beredskabet.',
          ],
          [...replyLinks, incidentLink],
        ),
        calendar: calendar('REQUEST'),
      };
    }
    case 'reminder':
      return {
        subject: `Påmindelse: mødefristen i ${area} udløber ${deadline}`,
        ...bodies(
          [
            greeting,
            `Der er endnu ikke planlagt et beredskabsmøde om hændelsen i ${area}, og fristen udløber ${deadline}.`,
            facts,
          ],
          [incidentLink],
        ),
      };
    case 'overdue':
      return {
        subject: `Frist overskredet: intet beredskabsmøde om hændelsen i ${area}`,
        ...bodies(
          [
            greeting,
            `Fristen for beredskabsmødet om hændelsen i ${area} udløb ${deadline}, uden at mødet er registreret som holdt.`,
            facts,
          ],
          [incidentLink],
        ),
      };
    case 'escalation':
      return {
        subject: `Ingen har svaret: ${level} niveau i ${area}${drill}`,
        ...bodies(
          [
            greeting,
            `Beredskabet er aktiveret, men ingen i responsgruppen eller deres stedfortrædere har svaret, at de kommer. Du får besked som administrator af helhedsplanen.`,
            facts,
          ],
          [...replyLinks, incidentLink],
        ),
      };
    case 'smsFailed': {
      const sms = state.find('notifications', Number(n.cause.split(':')[1]));
      const who = sms?.name
        ? `${String(sms.name)} (${String(sms.to ?? '')})`
        : String(sms?.to ?? 'en modtager');
      return {
        subject: `Sms kunne ikke leveres: ${level} niveau i ${area}`,
        ...bodies(
          [
            greeting,
            `Indkaldelsen pr. sms til ${who} kunne ikke leveres. Ret nummeret i kontaktlisten, eller ring til personen.`,
            facts,
          ],
          [incidentLink],
        ),
      };
    }
    case 'reportingLink':
    case 'reportingReminder':
    case 'reportingLate':
    case 'reportingLateList':
    case 'reportingReturned':
    case 'reportingReceipt':
      throw new Error(`mail ${n.id}: a reporting round's mail without its round`);
    case 'boardBriefing': {
      const checklist =
        (incident as unknown as { activationChecklist?: ChecklistItem[] }).activationChecklist ?? [];
      const steps = stepsDone(activationStepsOf(state.find('programmes', incident.programmeId)), checklist);
      return {
        subject: `Orientering fra beredskabet: ${level} niveau i ${area}${drill}`,
        ...bodies(
          [
            'Til bestyrelsen',
            `Sekretariatet orienterer om en hændelse i ${area}, som har aktiveret beredskabet.`,
            facts,
            `Møde: ${incident.meetingHeldAt ? `holdt ${copenhagenText(incident.meetingHeldAt)}` : incident.meetingPlannedAt ? `planlagt ${copenhagenText(incident.meetingPlannedAt)}` : 'endnu ikke planlagt'}`,
            `Aktiveringstrin gennemført: ${steps.done} af ${steps.of}`,
          ],
          [incidentLink],
        ),
      };
    }
  }
}

/** An invitation queued before SEQUENCE was kept: its incident's earlier meeting times, once each. */
function legacySequence(state: ReadState, n: Notification): number {
  const earlier = notificationsOf(state, n.incidentId ?? undefined).filter(
    (m) => m.kind === 'invitation' && m.id < n.id && m.cause !== n.cause,
  );
  return new Set(earlier.map((m) => m.cause)).size;
}

/** "Beredskab <b@x.dk>" → "b@x.dk". */
export function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}
