import crypto from 'node:crypto';
import nodemailer from 'nodemailer';
import { copenhagenText } from '../../domain/localTime';
import { PASSWORD_LINK_TTL_MS } from '../../domain/sessionRules';
import { issueLink, type LinkPurpose } from '../changes/passwordLinks';
import type { Store } from '../store/store';
import type { Actor } from '../access/actor';
import { hashToken } from './outbox';
import { escapeHtml } from './escapeHtml';
import type { MailSettings } from './settings';

export interface AccountMail {
  subject: string;
  text: string;
  html: string;
}

/** The link's page: outside the panel's routes, so it opens without a session. */
export const passwordLinkUrl = (settings: MailSettings, token: string) =>
  `${settings.publicUrl().replace(/\/$/, '')}/adgangskode/${token}`;

/** An invitation or a password link, Danish, plain text and HTML; the link is its only secret. */
export function composeAccountMail(
  purpose: LinkPurpose,
  user: { username: string; fullName: string },
  url: string,
  expiresAt: number,
): AccountMail {
  const until = copenhagenText(new Date(expiresAt).toISOString());
  const lines =
    purpose === 'invite'
      ? [
          `Hej ${user.fullName}`,
          '',
          `Du er oprettet som bruger i Beredskab med brugernavnet ${user.username}.`,
          'Vælg din adgangskode her:',
          url,
          '',
          `Linket virker én gang og til og med ${until}.`,
        ]
      : [
          `Hej ${user.fullName}`,
          '',
          `Nogen (forhåbentlig dig) har bedt om en ny adgangskode til brugeren ${user.username} i Beredskab.`,
          'Vælg en ny adgangskode her:',
          url,
          '',
          `Linket virker én gang og til og med ${until}. Når du har valgt en ny adgangskode, bliver du logget ud alle andre steder.`,
          'Har du ikke bedt om det, kan du se bort fra denne mail; din adgangskode er ikke ændret.',
        ];
  const text = lines.join('\n');
  const html = lines
    .map((line) =>
      line === url
        ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`
        : `<p>${escapeHtml(line)}</p>`,
    )
    .filter((p) => p !== '<p></p>')
    .join('\n');
  return {
    subject: purpose === 'invite' ? 'Din invitation til Beredskab' : 'Ny adgangskode til Beredskab',
    text,
    html,
  };
}

/**
 * Sends one account mail now, not through the outbox: the outbox keeps mails to send later,
 * and this one's link must never be stored in clear. A failure is the caller's to report.
 */
export async function sendAccountMail(settings: MailSettings, to: string, mail: AccountMail): Promise<void> {
  if (!settings.smtpUrl) throw new Error('Serveren har ingen SMTP-opsætning (SMTP_URL)');
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  try {
    await transport.sendMail({ from: settings.from, to, ...mail });
  } finally {
    transport.close();
  }
}

/** What became of an account mail: sent, or why not (no SMTP, a refusing server). */
export type MailOutcome = { sent: true } | { sent: false; reason: string };

/**
 * Mints a link for the user (its hash stored, replacing older ones), then mails it. Nothing
 * is minted for a user who may not get one (deactivated, from the directory, without e-mail).
 * `now` is the server's clock: the link's 72 hours run on it, as the sweep does.
 */
export async function mailPasswordLink(
  store: Store,
  settings: MailSettings,
  link: { userId: number; purpose: LinkPurpose; now: number },
  actor: Actor,
): Promise<MailOutcome> {
  const token = crypto.randomBytes(32).toString('base64url');
  const { result: user } = await store.commit(issueLink({ ...link, tokenHash: hashToken(token) }, actor));
  if (!user)
    return {
      sent: false,
      reason: 'Brugeren har ingen e-mail, er deaktiveret eller logger ind via organisationens login',
    };
  try {
    const mail = composeAccountMail(
      link.purpose,
      user,
      passwordLinkUrl(settings, token),
      link.now + PASSWORD_LINK_TTL_MS,
    );
    await sendAccountMail(settings, user.email, mail);
    return { sent: true };
  } catch (err) {
    return { sent: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
