import { copenhagenText } from '../../domain/localTime';
import type { Notification } from '../../domain/notificationSchema';
import { closedDaysOf } from '../../domain/programmeSchema';
import { effectiveDueDate } from '../../domain/reportingRules';
import type { Round } from '../../domain/reportingSchemas';
import { progressOf, reporterOf, roundOf, submissionOf } from '../changes/reportingState';
import type { ReadState } from '../store/types';
import { bodies, type Mail } from './bodies';
import type { MailSettings } from './settings';

/** The reporter's form: outside the panel's routes, so it opens without an account. */
export const reportingLinkUrl = (settings: MailSettings, token: string) =>
  `${settings.publicUrl().replace(/\/$/, '')}/indberet/${token}`;

const danishDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/**
 * A reporting round's mail, Danish, plain text and HTML, made when it is sent: the link (its
 * token minted by the outbox for this mail), the reminders, a return with its comment, the
 * receipt, and the administrators' list of late reporters. No figures, no other partner's name
 * in a reporter's mail.
 */
export function composeRoundMail(
  state: ReadState,
  n: Notification,
  settings: MailSettings,
  token: string | null,
): Mail {
  const round = roundOf(state, n.roundId!) as Round | undefined;
  if (!round) throw new Error(`mail ${n.id}: its round is gone`);
  const programme = state.find('programmes', round.programmeId);
  const programmeName = String(programme?.name ?? `helhedsplan ${round.programmeId}`);
  const due = danishDate(
    effectiveDueDate(round.dueOn, closedDaysOf(programme as Record<string, unknown> | undefined)),
  );
  const reporter = n.reporterId ? reporterOf(state, n.reporterId) : undefined;
  const organisation = reporter?.organisation ?? '';
  const greeting = n.name ? `Kære ${n.name}` : 'Til orientering';
  const what = `${programmeName}s tal for ${round.year}`;
  const link = token ? [{ text: 'Åbn indberetningen', url: reportingLinkUrl(settings, token) }] : [];
  const linkNote =
    'Linket er personligt for jeres organisation i denne runde; del det ikke uden for organisationen. Der skal ikke logges ind.';
  switch (n.kind) {
    case 'reportingLink':
      return {
        subject: `Indberetning af tal: ${what}`,
        ...bodies(
          [
            greeting,
            `Sekretariatet for ${programmeName} beder ${organisation} indberette sine tal for ${round.year} senest ${due}.`,
            'Åbn linket, udfyld tallene (gem gerne som kladde og kom tilbage senere), og send dem, når alt er udfyldt. Kan et tal ikke gives, så skriv hvorfor i kommentaren.',
            linkNote,
          ],
          link,
        ),
      };
    case 'reportingReminder':
      return {
        subject: `Påmindelse: indberetning af ${what} senest ${due}`,
        ...bodies(
          [
            greeting,
            `${organisation} har endnu ikke sendt sine tal for ${round.year}. Fristen er ${due}.`,
            linkNote,
          ],
          link,
        ),
      };
    case 'reportingLate':
      return {
        subject: `Fristen er overskredet: indberetning af ${what}`,
        ...bodies(
          [
            greeting,
            `Fristen for ${organisation}s tal for ${round.year} var ${due}, og vi har endnu ikke modtaget dem. Send dem venligst hurtigst muligt.`,
            linkNote,
          ],
          link,
        ),
      };
    case 'reportingReturned': {
      const comment = reporter ? (submissionOf(state, round.id, reporter.id)?.returnComment ?? '') : '';
      return {
        subject: `Indberetningen er sendt tilbage til rettelse: ${what}`,
        ...bodies(
          [
            greeting,
            `Sekretariatet har sendt ${organisation}s indberetning tilbage med denne kommentar:`,
            comment,
            'Ret tallene gennem linket, og send dem igen.',
            linkNote,
          ],
          link,
        ),
      };
    }
    case 'reportingReceipt': {
      const submitted = reporter ? submissionOf(state, round.id, reporter.id)?.submittedAt : undefined;
      return {
        subject: `Kvittering: ${organisation}s tal for ${round.year} er modtaget`,
        ...bodies(
          [
            greeting,
            `Tak. ${organisation}s tal for ${round.year} til ${programmeName} er modtaget${submitted ? ` ${copenhagenText(submitted)}` : ''}.`,
            'Sekretariatet gennemgår dem; sender de indberetningen tilbage, får I en mail med et link.',
          ],
          [],
        ),
      };
    }
    case 'reportingLateList': {
      const late = progressOf(state, round)
        .reporters.filter((r) => !r.received)
        .map((r) => r.organisation);
      const base = settings.publicUrl().replace(/\/$/, '');
      return {
        subject: `Manglende indberetninger: ${what}`,
        ...bodies(
          [
            greeting,
            `Fristen for runden var ${due}. Disse indberettere har endnu ikke sendt deres tal:`,
            late.join('\n') || '(ingen)',
          ],
          [{ text: 'Se runden i beredskab', url: `${base}/#/reportingRounds/${round.id}/show` }],
        ),
      };
    }
    default:
      throw new Error(`mail ${n.id}: ${n.kind} is no reporting round's mail`);
  }
}
