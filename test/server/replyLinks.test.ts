import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPLY_REQUESTS_PER_MINUTE } from '../../src/domain/callIn';
import { mailByTokenHash } from '../../src/server/changes/replyTokens';
import type { ReadState, Row } from '../../src/server/store/types';
import { callInFixture, vangdalen } from '../support/callInFixture';
import { TEST_NOW } from '../support/clock';
import { startServer, type Client, type TestServer } from '../support/server';
import { startSmtp, type TestSmtp } from '../support/smtp';

// /svar/<token>: the reply page without login, its limits and its index.

let smtp: TestSmtp;
let server: TestServer;
let editor: Client;
let offset = 0;
const started = Date.now();
const clock = () => new Date(TEST_NOW.getTime() + (Date.now() - started) + offset);

beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  smtp.received.length = 0;
  offset = 0;
  server = await startServer({ seed: callInFixture, clock, mail: { smtpUrl: smtp.url } });
  editor = await server.as('editor');
});
afterEach(() => server.close());

/** A called-in incident and Mette's "Jeg kan deltage" link, once its mail is sent and recorded. */
async function called() {
  const res = await editor.post('/api/incidents', vangdalen());
  const mails = await smtp.waitFor(3);
  const mette = mails.find((m) => m.to[0] === 'mette.lund@example.dk')!;
  const link = /Jeg kan deltage: (\S+)/.exec(mette.mail.text ?? '')![1]!;
  const until = Date.now() + 10_000;
  while ((server.readDb().notifications as { status: string }[]).some((n) => n.status !== 'sent')) {
    if (Date.now() > until) throw new Error('mails not recorded as sent');
    await new Promise((r) => setTimeout(r, 25));
  }
  return { incident: res.body as Record<string, unknown> & { id: number }, page: link.split('?')[0]! };
}

const answer = (page: string, svar: string) =>
  fetch(page, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `svar=${svar}`,
  });

describe('reply links', () => {
  it('end when the incident is closed', async () => {
    const { incident, page } = await called();
    expect((await fetch(page)).status).toBe(200);
    const current = (await editor.get(`/api/incidents/${incident.id}`)).body;
    expect((await editor.put(`/api/incidents/${incident.id}`, { ...current, status: 'closed' })).status).toBe(
      200,
    );
    const closed = await fetch(page);
    expect(closed.status).toBe(404);
    expect(await closed.text()).toContain('Linket er ugyldigt eller udløbet');
    expect((await answer(page, 'ja')).status).toBe(404);
    expect(server.readDb().notifications.every((n: { reply: unknown }) => n.reply === null)).toBe(true);
  });

  it(`answer a client ${REPLY_REQUESTS_PER_MINUTE} times a minute, then 429 in Danish until the minute is over`, async () => {
    const { page } = await called();
    const base = page.split('/svar/')[0]!;
    // A guesser's wrong tokens count as much as the right one.
    for (let i = 0; i < REPLY_REQUESTS_PER_MINUTE - 1; i++)
      expect((await fetch(`${base}/svar/gæt-${i}`)).status).toBe(404);
    expect((await fetch(page)).status).toBe(200);
    const refused = await fetch(page);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('Du har prøvet for mange gange. Vent et minut, og prøv igen.');
    expect((await answer(page, 'ja')).status).toBe(429);
    expect(server.readDb().notifications.every((n: { reply: unknown }) => n.reply === null)).toBe(true);
    offset += 61_000;
    expect((await answer(page, 'ja')).status).toBe(200);
  });
});

describe('finding a reply token', () => {
  /** A state over rows whose reading is counted: how often a record of the outbox is looked at. */
  function countingState(records: Row[]) {
    let reads = 0;
    const rows = new Proxy(records, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const state = {
      all: () => rows,
      find: (_coll: string, id: number) => records.find((r) => r.id === id),
    } as unknown as ReadState;
    return { state, reads: () => reads };
  }
  const mail = (id: number, replyTokenHash: string | null) => ({ id, replyTokenHash }) as unknown as Row;

  it('looks a hash up through an index built once per version of the outbox, not by reading every mail', () => {
    const records = Array.from({ length: 1000 }, (_, i) => mail(i + 1, `hash-${i + 1}`));
    const { state, reads } = countingState(records);
    expect(mailByTokenHash(state, 'hash-500')?.id).toBe(500);
    const built = reads();
    expect(built).toBe(1000);
    for (let i = 0; i < 100; i++) expect(mailByTokenHash(state, `hash-${i + 1}`)?.id).toBe(i + 1);
    expect(mailByTokenHash(state, 'hash-unknown')).toBeUndefined();
    expect(reads()).toBe(built);
    // A new version of the outbox (a new array) is indexed again, with its new tokens.
    const next = countingState([...records, mail(1001, 'hash-1001')]);
    expect(mailByTokenHash(next.state, 'hash-1001')?.id).toBe(1001);
  });
});
