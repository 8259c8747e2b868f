/** How the server sends mail: `SMTP_URL`, `MAIL_FROM`, `PUBLIC_URL` (DESIGN.md), and how often it looks. */
export interface MailSettings {
  /** Without it mails are kept as `unsent`, and admins are told mail is not set up. */
  smtpUrl?: string;
  from: string;
  /** The panel's address, for the links in mails; a function when it is known only after listening. */
  publicUrl: () => string;
  /** How often the outbox looks for mail to send. */
  pollMs: number;
  /** How often the timer looks for reminders and missed deadlines. */
  timerMs: number;
  /** How long a sender holds a mail it took; after that another may try. */
  claimMs: number;
  /** SMS_GATEWAY_URL, SMS_TOKEN, SMS_SENDER: without all three SMS are kept as `unsent`. */
  sms?: { gatewayUrl: string; token: string; sender: string };
  /** SMS_CALLBACK_SECRET: the key the gateway signs its delivery reports with; without it none is believed. */
  smsCallbackSecret?: string;
}

export interface MailOptions {
  smtpUrl?: string;
  from?: string;
  publicUrl?: string | (() => string);
  pollMs?: number;
  timerMs?: number;
  claimMs?: number;
  smsGatewayUrl?: string;
  smsToken?: string;
  smsSender?: string;
  smsCallbackSecret?: string;
}

export function mailSettings(options: MailOptions = {}): MailSettings {
  const publicUrl = options.publicUrl ?? 'http://localhost:3000';
  return {
    smtpUrl: options.smtpUrl || undefined,
    from: options.from || 'Beredskab <beredskab@localhost>',
    publicUrl: typeof publicUrl === 'function' ? publicUrl : () => publicUrl,
    pollMs: options.pollMs ?? 5_000,
    timerMs: options.timerMs ?? 60_000,
    claimMs: options.claimMs ?? 120_000,
    sms:
      options.smsGatewayUrl && options.smsToken && options.smsSender
        ? { gatewayUrl: options.smsGatewayUrl, token: options.smsToken, sender: options.smsSender }
        : undefined,
    smsCallbackSecret: options.smsCallbackSecret || undefined,
  };
}
