import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordEvent } from '../../src/server/changes/events';
import { redactAuditLog } from '../../src/server/jobs/retention';
import { openStore } from '../../src/server/store/open';
import { ENGINE, freshDatabase, persistedInDatabase } from '../support/postgres';

const SECRET = 'Kilden bor i opgang 9';

describe('audit entries from before confidential values were hidden', () => {
  it('are rewritten once on start, in place and audited, with no copy left', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-redact-'));
    const database = ENGINE === 'postgres' ? await freshDatabase() : undefined;
    const open = () => openStore({ dataDir, databaseUrl: database?.url, clock: () => new Date() });
    try {
      // An entry as an older version wrote it: the note's text before and after.
      let store = await open();
      await store.commit(
        recordEvent({
          userId: 2,
          username: 'editor',
          action: 'update',
          resource: 'incidents',
          recordId: 1,
          changes: {
            confidentialNotes: { before: null, after: SECRET },
            level: { before: 'yellow', after: 'red' },
          },
        }),
      );
      await store.close();

      store = await open();
      expect(await redactAuditLog(store)).toBe(1);
      const [first, event] = store.audit();
      expect(first!.changes).toEqual({
        confidentialNotes: { before: null, after: '(fortroligt)' },
        level: { before: 'yellow', after: 'red' },
      });
      expect(event).toMatchObject({
        action: 'auditRedacted',
        changes: { entries: { before: null, after: 1 } },
      });
      // Once: the next start finds nothing to do.
      expect(await redactAuditLog(store)).toBe(0);
      await store.close();

      const stored = database
        ? (await persistedInDatabase(database.url)).text
        : fs
            .readdirSync(dataDir)
            .filter((f) => fs.statSync(path.join(dataDir, f)).isFile())
            .map((f) => fs.readFileSync(path.join(dataDir, f), 'utf8'))
            .join('\n');
      expect(stored).toContain('(fortroligt)');
      expect(stored).not.toContain(SECRET);
    } finally {
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
