import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../support/clock';
import { kpiFixture } from '../support/kpiFixture';
import { Client, startServer, type TestServer } from '../support/server';
import { startSmtp, type TestSmtp } from '../support/smtp';

// A clock the tests move: the round is due Saturday 28 November 2026, which counts as Monday 30.
let offset = 0;
const started = Date.now();
const clock = () => new Date(TEST_NOW.getTime() + (Date.now() - started) + offset);
const moveTo = (iso: string) => (offset += Date.parse(iso) - clock().getTime());

const tokenIn = (text: string) => /\/indberet\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

let server: TestServer;
let smtp: TestSmtp;
let editor: Client;
let admin: Client;
let board: Client;
const ids: Record<string, number> = {};
const tokens: Record<string, string> = {};

const reporter = (
  organisation: string,
  email: string,
  assignments: { indicatorId: number; areaIds: number[] }[],
) => ({
  programmeId: 1,
  organisation,
  contacts: [{ name: `Kontakt ${organisation}`, email }],
  assignments,
});

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ seed: kpiFixture, clock, mail: { smtpUrl: smtp.url } });
  [editor, admin, board] = await Promise.all([server.as('editor'), server.as('admin'), server.as('board')]);
  for (const [key, body] of Object.entries({
    A: reporter('Boligselskabet A', 'a@example.dk', [{ indicatorId: 1, areaIds: [1, 2] }]),
    B: reporter('Boligselskabet B', 'b@example.dk', [{ indicatorId: 2, areaIds: [1] }]),
    C: reporter('Kommunen', 'c@example.dk', [{ indicatorId: 3, areaIds: [] }]),
    D: reporter('Politiet', 'd@example.dk', [{ indicatorId: 2, areaIds: [2] }]),
    E: reporter('Boligselskabet E', 'e@example.dk', [{ indicatorId: 1, areaIds: [3] }]),
  })) {
    const res = await editor.post('/api/reporters', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[key] = res.body.id;
  }
  const round = await editor.post('/api/reportingRounds', {
    programmeId: 1,
    year: 2026,
    opensOn: '2026-11-01',
    dueOn: '2026-11-28',
    graceDays: 0,
  });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  ids.round = round.body.id;
});

afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

describe('reporting rounds', () => {
  it('refuses a second reporter for an indicator × area, in Danish', async () => {
    const res = await editor.post(
      '/api/reporters',
      reporter('Dobbelt', 'x@example.dk', [{ indicatorId: 1, areaIds: [1] }]),
    );
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/indberettes allerede af Boligselskabet A/);
  });

  it('opens the round: one Danish mail per contact with a personal link', async () => {
    const res = await editor.post(`/api/reportingRounds/${ids.round}/open`, {});
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('open');
    const mails = await smtp.waitFor(5);
    for (const key of ['A', 'B', 'C', 'D', 'E']) {
      const mail = mails.find((m) => m.to[0] === `${key.toLowerCase()}@example.dk`)!;
      expect(mail.mail.subject).toMatch(/Indberetning af tal/);
      expect(mail.mail.html).toContain('/indberet/');
      tokens[key] = tokenIn(mail.mail.text!)!;
      expect(tokens[key]).toBeTruthy();
    }
    // The token is stored hashed only.
    expect(JSON.stringify(server.readDb())).not.toContain(tokens.A);
    expect((await editor.post(`/api/reportingRounds/${ids.round}/open`, {})).status).toBe(409);
  });

  it('a link opens the panel page, and reaches only its own reporter’s part', async () => {
    const page = await server.anonymous().get(`/indberet/${tokens.A}`);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`/#/indberet/${tokens.A}`);
    const a = new Client(server.url, '127.0.0.11');
    const form = await a.get(`/api/indberetning/${tokens.A}`);
    expect(form.status).toBe(200);
    expect(form.body.organisation).toBe('Boligselskabet A');
    expect(form.body.items.map((i: any) => `${i.indicatorId}:${i.areaId}`)).toEqual(['1:1', '1:2']);
    expect(form.body.items[0]).toMatchObject({ name: 'Beboerklagesager', unit: 'count', baseline: 32 });
    expect(JSON.stringify(form.body)).not.toMatch(/example\.dk|Boligselskabet B|Politiet/);
    // Another reporter's indicator is not theirs to send.
    const other = await a.put(`/api/indberetning/${tokens.A}`, {
      items: [{ indicatorId: 2, areaId: 1, value: 5 }],
    });
    expect(other.status).toBe(400);
    expect(other.body.errors['2:1']).toMatch(/hører ikke til/);
  });

  it('reads figures as Danish users write them, checked for their unit', async () => {
    const a = new Client(server.url, '127.0.0.11');
    const bad = await a.put(`/api/indberetning/${tokens.A}`, {
      items: [{ indicatorId: 1, areaId: 1, value: '12,5' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors['1:1']).toMatch(/hel/i);
    const draft = await a.put(`/api/indberetning/${tokens.A}`, {
      items: [{ indicatorId: 1, areaId: 1, value: '3.000' }],
    });
    expect(draft.status).toBe(200);
    expect(draft.body.status).toBe('draft');
    expect(draft.body.items[0].value).toBe(3000);
    const early = await a.post(`/api/indberetning/${tokens.A}/submit`, {});
    expect(early.status).toBe(400);
    const b = new Client(server.url, '127.0.0.12');
    const pct = await b.put(`/api/indberetning/${tokens.B}`, {
      items: [{ indicatorId: 2, areaId: 1, value: '112,5 %' }],
    });
    expect(pct.status).toBe(400);
    const sent = await b.post(`/api/indberetning/${tokens.B}/submit`, {
      items: [{ indicatorId: 2, areaId: 1, value: '12,5 %' }],
    });
    expect(sent.status).toBe(200);
    expect(sent.body.items[0].value).toBe(12.5);
    const done = await a.post(`/api/indberetning/${tokens.A}/submit`, {
      items: [{ indicatorId: 1, areaId: 2, value: null, comment: 'Systemet var nede' }],
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('submitted');
    expect((await a.put(`/api/indberetning/${tokens.A}`, { items: [] })).status).toBe(409);
    const receipts = (await smtp.waitFor(7)).filter((m) => /Kvittering/.test(m.mail.subject ?? ''));
    expect(receipts.map((m) => m.to[0]).sort()).toEqual(['a@example.dk', 'b@example.dk']);
  });

  it('gives this reporter’s template and reads it back with the import’s preview', async () => {
    const c = new Client(server.url, '127.0.0.13');
    const res = await fetch(`${server.url}/api/indberetning/${tokens.C}/template.xlsx`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Voksne der føler sig trygge');
    sheet.getRow(2).getCell(2).value = 0.48;
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const preview = await c.post(`/api/indberetning/${tokens.C}/import`, { filename: 'tal.xlsx', content });
    expect(preview.status).toBe(200);
    expect(preview.body.cells).toEqual([
      expect.objectContaining({ indicatorId: 3, areaId: null, value: 48 }),
    ]);
  });

  it('board members see organisations and progress, never contacts', async () => {
    const list = await board.get('/api/reporters');
    expect(list.status).toBe(200);
    expect(list.body.map((r: any) => r.organisation)).toContain('Politiet');
    expect(JSON.stringify(list.body)).not.toContain('@example.dk');
    expect((await board.get(`/api/reportingRounds/${ids.round}/progress`)).status).toBe(200);
    expect((await board.post(`/api/reportingRounds/${ids.round}/close`, {})).status).toBe(403);
  });

  it('counts completeness: on time, late, missing and typed in', async () => {
    // The police phone their figure in: typed in the grid, it counts as received.
    const grid = await editor.put('/api/kpi/grid?programmeId=1&year=2026', {
      cells: [{ indicatorId: 2, areaId: 2, value: 10 }],
    });
    expect(grid.status, JSON.stringify(grid.body)).toBe(200);
    moveTo('2026-12-02T10:00:00Z');
    const c = new Client(server.url, '127.0.0.13');
    expect(
      (
        await c.post(`/api/indberetning/${tokens.C}/submit`, {
          items: [{ indicatorId: 3, areaId: null, value: '48' }],
        })
      ).status,
    ).toBe(200);
    const p = (await editor.get(`/api/reportingRounds/${ids.round}/progress`)).body;
    expect(p).toMatchObject({
      expected: 5,
      received: 4,
      onTime: 3,
      late: 1,
      missing: 1,
      reportingRate: 80,
      timeliness: 60,
    });
    const byOrg = Object.fromEntries(p.reporters.map((r: any) => [r.organisation, r]));
    expect(byOrg.Politiet).toMatchObject({ received: true, typedIn: true, status: 'notStarted' });
    expect(byOrg.Kommunen).toMatchObject({ status: 'submitted', onTime: false });
    expect(byOrg['Boligselskabet E'].missing).toEqual([
      expect.objectContaining({ indicatorId: 1, areaId: 3 }),
    ]);
  });

  it('approves once when two reviewers approve at once, with provenance, and locks the figure', async () => {
    const other = await server.member('redaktor2', [{ programmeId: 1, role: 'editor' }]);
    const [r1, r2] = await Promise.all([
      editor.post(`/api/reportingRounds/${ids.round}/reporters/${ids.A}/approve`, {}),
      other.post(`/api/reportingRounds/${ids.round}/reporters/${ids.A}/approve`, {}),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    const m = server
      .readDb()
      .measurements.find((x: any) => x.indicatorId === 1 && x.areaId === 1 && x.year === 2026);
    expect(m.value).toBe(3000);
    expect(m.provenance).toMatchObject({
      reporterId: ids.A,
      roundId: ids.round,
      approvedAt: expect.any(String),
    });
    const typed = server.readDb().measurements.find((x: any) => x.indicatorId === 2 && x.areaId === 2);
    expect(typed.provenance).toBeNull();
    const edit = await editor.put('/api/kpi/grid?programmeId=1&year=2026', {
      cells: [{ indicatorId: 1, areaId: 1, value: 1, version: m.version }],
    });
    expect(edit.status).toBe(409);
    expect(
      (await editor.post(`/api/reportingRounds/${ids.round}/reporters/${ids.A}/unapprove`, {})).status,
    ).toBe(400);
    const undone = await editor.post(`/api/reportingRounds/${ids.round}/reporters/${ids.A}/unapprove`, {
      reason: 'Forkert tal',
    });
    expect(undone.status).toBe(200);
    expect(undone.body.status).toBe('submitted');
  });

  it('returns a report with a comment: mailed, and the link opens the form with it', async () => {
    const res = await editor.post(`/api/reportingRounds/${ids.round}/reporters/${ids.C}/return`, {
      comment: 'Tjek tallet',
    });
    expect(res.status).toBe(200);
    const returned = () => smtp.received.find((m) => /tilbage til rettelse/.test(m.mail.subject ?? ''));
    for (let i = 0; i < 100 && !returned(); i++) await new Promise((r) => setTimeout(r, 50));
    const mail = returned()!;
    expect(mail.to).toEqual(['c@example.dk']);
    expect(mail.mail.text).toContain('Tjek tallet');
    const c = new Client(server.url, '127.0.0.13');
    const form = await c.get(`/api/indberetning/${tokenIn(mail.mail.text!)}`);
    expect(form.body).toMatchObject({ status: 'returned', returnComment: 'Tjek tallet' });
  });

  it('refuses approval into a locked year', async () => {
    const lock = await admin.post('/api/yearLocks', { programmeId: 1, year: 2026, reason: 'Statusmødet' });
    expect(lock.status).toBe(201);
    const res = await editor.post(`/api/reportingRounds/${ids.round}/reporters/${ids.B}/approve`, {});
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/låst/);
  });

  it('puts the figures with their reporter in the yearly workbook', async () => {
    const res = await fetch(`${server.url}/api/exports/status-report.xlsx?programmeId=1&year=2026`, {
      headers: { cookie: editor.cookie },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.getWorksheet('Indberetninger')!;
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows.some((r) => r[0] === 'Beboerklagesager' && r[3] === 'Boligselskabet A' && r[4])).toBe(true);
    expect(rows.some((r) => r[3] === 'Indtastet af sekretariatet')).toBe(true);
    expect(rows.some((r) => r[0] === 'Rundens fuldstændighed')).toBe(true);
  });

  it('a removed reporter’s link, a closed round’s and a guess all answer the same 404, and guessing is limited', async () => {
    const guess = new Client(server.url, '127.0.0.21');
    expect((await editor.delete(`/api/reporters/${ids.E}`)).status).toBe(200);
    const removed = await guess.get(`/api/indberetning/${tokens.E}`);
    const wrong = await guess.get(`/api/indberetning/${'x'.repeat(43)}`);
    expect(removed.status).toBe(404);
    expect(wrong.body).toEqual(removed.body);
    expect((await editor.post(`/api/reportingRounds/${ids.round}/close`, {})).status).toBe(200);
    const closed = await guess.get(`/api/indberetning/${tokens.B}`);
    expect(closed.status).toBe(404);
    expect(closed.body).toEqual(removed.body);
    for (let i = 0; i < 3; i++) await guess.get(`/api/indberetning/${'y'.repeat(40)}${i}`);
    expect((await guess.get(`/api/indberetning/${'z'.repeat(43)}`)).status).toBe(429);
  });
});
