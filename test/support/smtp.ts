import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  /** Who the mail was delivered to, as the SMTP envelope says. */
  to: string[];
  mail: ParsedMail;
  /** The message as it came, headers and all: to search for what must not be there. */
  raw: string;
}

export interface TestSmtp {
  url: string;
  received: Received[];
  /** While true, every message is refused with 451 (a mail server that is down for a while). */
  refusing: boolean;
  /** Waits until `count` messages have come, or fails after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 and a free port, keeping what it receives. */
export async function startSmtp(): Promise<TestSmtp> {
  const received: Received[] = [];
  const state = { refusing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.refusing) {
          const err = Object.assign(new Error('Prøv igen senere'), { responseCode: 451 });
          return callback(err);
        }
        const raw = Buffer.concat(chunks);
        void simpleParser(raw).then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            mail,
            raw: raw.toString('utf8'),
          });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get refusing() {
      return state.refusing;
    },
    set refusing(value: boolean) {
      state.refusing = value;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until)
          throw new Error(`waited ${timeoutMs} ms for ${count} mails, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
