import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';

/** What another role that may LISTEN on the database sees of the commits. */
let server: TestServer;
let listener: pg.Client;
const payloads: string[] = [];

beforeAll(async () => {
  server = await startServer();
  listener = new pg.Client({ connectionString: server.databaseUrl });
  await listener.connect();
  listener.on('notification', ({ payload }) => payloads.push(payload ?? ''));
  await listener.query('LISTEN beredskab_journal');
});
afterAll(async () => {
  await listener.end();
  await server.close();
});

describe('the journal notification', () => {
  it('carries only the line’s number, never the line (notes, sessions, users)', async () => {
    const editor = await server.as('editor');
    const note = 'Fortroligt: naboen i nr. 3';
    const incident = await editor.post('/api/incidents', {
      programmeId: 1,
      areaId: 1,
      occurredAt: '2026-11-20T19:00:00.000Z',
      level: 'green',
      category: 'fights',
      activatedBy: 'police',
      description: 'Uro',
      confidentialNotes: note,
    });
    expect(incident.status).toBe(201);
    // The notifications of the login and the write arrive on their own time: wait for both, boundedly.
    for (let i = 0; i < 200 && payloads.length < 2; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(payloads.length).toBeGreaterThanOrEqual(2);
    for (const payload of payloads) expect(payload).toMatch(/^\d+$/);
  });
});
