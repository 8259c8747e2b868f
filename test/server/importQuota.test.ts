import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Client, type TestServer } from '../support/server';

/** One programme's files are counted on their own: a loop of theirs stops them, not the others. */

let server: TestServer;
let editor: Client;
beforeAll(async () => {
  server = await startServer();
  editor = await server.as('editor');
});
afterAll(() => server.close());

const csv = Buffer.from('Boligområde;Beboere\nØstervang;12\n').toString('base64');
const importInto = (programmeId: number) =>
  editor.post(`/api/kpi/import?programmeId=${programmeId}&year=2024`, { filename: 'tal.csv', content: csv });

describe('imports counted per programme', () => {
  it(
    'reads 60 files of a programme in a quarter of an hour, then answers 429 for it alone',
    { timeout: 120_000 },
    async () => {
      // One after another: a user has one file read at a time.
      for (let i = 0; i < 60; i++) expect((await importInto(1)).status).not.toBe(429);
      const refused = await importInto(1);
      expect(refused.status).toBe(429);
      expect(refused.body.message).toBe(
        'Prøv igen om lidt: helhedsplanen har fået læst mange filer på kort tid',
      );
      expect((await importInto(2)).status).not.toBe(429);
    },
  );
});
