import crypto from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { fairOrder } from '../../domain/fairOrder';
import { channelOf, type Notification } from '../../domain/notificationSchema';
import type { Channel } from '../../domain/callIn';
import { notificationsOf, timerOps } from '../changes/callIn';
import { escalationOps } from '../changes/escalation';
import { claimMail, isDue, recordDelivery } from '../changes/outbox';
import { roundTimerOps } from '../changes/reportingReminders';
import { LINK_KINDS } from '../changes/reportingState';
import { ApiError } from '../errors/apiError';
import type { Store } from '../store/store';
import type { Change } from '../store/types';
import { composeMail } from './compose';
import { composeSms, sendSms } from './sms';
import { composeCard, postCard } from './teams';
import type { MailSettings } from './settings';
import { logger } from '../log/logger';

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Mails a link of their own belongs in: the call-in and the invitation (replies), a reporter's form. */
const REPLYABLE = new Set(['activation', 'invitation', ...LINK_KINDS]);

/** What the timer queues at `now`: the incidents' reminders, missed deadlines and escalation steps, the reporting rounds' reminders. */
const allTimerOps = (state: Parameters<typeof timerOps>[0], now: Date) => {
  const ops = timerOps(state, now);
  ops.push(...escalationOps(state, now, ops.length));
  return [...ops, ...roundTimerOps(state, now, ops.length)];
};

/** The timer's mails, queued in one commit when any are due (nothing is written when none are). */
function queueTimerMails(): Change<number> {
  return {
    decide(state, now) {
      const ops = allTimerOps(state, now);
      return { ops, audit: [], result: ops.length };
    },
  };
}

/**
 * The outbox's sender: every record `unsent` (or `failed` and due again) is taken with a
 * claim committed first — so two processes never send one mail — then sent, then marked
 * sent or failed with its next attempt. A mail is written with the change that caused it,
 * so a restart finds what was not sent yet and sends it. Without SMTP_URL nothing is sent.
 */
export function startOutbox(store: Store, clock: () => Date, settings: MailSettings) {
  const transport: Transporter | undefined = settings.smtpUrl
    ? nodemailer.createTransport({
        url: settings.smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      })
    : undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;

  async function sendOne(n: Notification): Promise<void> {
    try {
      await store.commit(claimMail(n.id, new Date(clock().getTime() + settings.claimMs)));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) return; // another sender has it
      throw err;
    }
    // A reply link for someone of the group (or a deputy): an administrator's copy has none.
    const replyable = REPLYABLE.has(n.kind) || (n.kind === 'escalation' && n.participantId !== null);
    const token = replyable && channelOf(n) !== 'teams' ? crypto.randomBytes(24).toString('base64url') : null;
    let outcome: Parameters<typeof recordDelivery>[1];
    try {
      const gatewayId = await senders[channelOf(n)](n, token);
      outcome = {
        ok: true,
        replyTokenHash: token ? hashToken(token) : null,
        ...(gatewayId ? { gatewayId } : {}),
      };
    } catch (err) {
      outcome = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    await store.commit(recordDelivery(n.id, outcome));
  }

  /** One sender per channel; an SMS answers with the gateway's id. */
  const senders: Record<Channel, (n: Notification, token: string | null) => Promise<string | void>> = {
    async mail(n, token) {
      const mail = composeMail(store, n, settings, token);
      await transport!.sendMail({
        from: settings.from,
        to: n.name ? { name: n.name, address: n.to! } : n.to!,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.calendar
          ? {
              icalEvent: {
                method: mail.calendar.method,
                content: mail.calendar.content,
                filename: mail.calendar.method === 'CANCEL' ? 'cancellation.ics' : 'invitation.ics',
              },
            }
          : {}),
        headers: { 'X-Beredskab-Notification': String(n.id) },
      });
    },
    sms: (n, token) => sendSms(settings.sms!, n.to!, composeSms(store, n, settings, token)),
    async teams(n) {
      const url = store.find('programmes', n.programmeId)?.teamsWebhookUrl;
      if (typeof url !== 'string' || !url) throw new Error('Helhedsplanen har ingen Teams-adresse');
      await postCard(url, composeCard(store, n, settings));
    },
  };
  /** The channels that can send: mail with SMTP_URL, SMS with the gateway's settings, Teams always (per programme). */
  const ready: Record<Channel, boolean> = { mail: !!transport, sms: !!settings.sms, teams: true };

  async function drain(): Promise<void> {
    if (!store.available) return;
    // In the order they were caused (the call-in before its invitation), programmes in turn.
    const due = fairOrder(
      notificationsOf(store).filter((n) => ready[channelOf(n)] && isDue(n, clock())),
    ).slice(0, 50);
    for (const n of due) {
      if (stopped) return;
      await sendOne(n);
    }
  }

  /** One pass at a time; a tick that comes while one runs is skipped. */
  const tick = (work: () => Promise<unknown>) => {
    if (running || stopped) return;
    running = work()
      .catch((err: unknown) => logger.error({ err }, 'mail: udbakken mislykkedes'))
      .finally(() => (running = undefined));
  };
  const timerTick = async () => {
    if (!store.available) return;
    // Read first: the commit (which decides again) only when something is due.
    if (allTimerOps(store, clock()).length > 0) await store.commit(queueTimerMails());
  };
  const poller = setInterval(() => tick(drain), settings.pollMs);
  const timer = setInterval(() => tick(timerTick), settings.timerMs);
  tick(async () => {
    await timerTick();
    await drain();
  });
  return {
    configured: transport !== undefined,
    smsConfigured: settings.sms !== undefined,
    async stop() {
      stopped = true;
      clearInterval(poller);
      clearInterval(timer);
      await running;
      transport?.close();
    },
  };
}

export type Outbox = ReturnType<typeof startOutbox>;
