import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRecord, deleteRecord, updateRecord } from '../../src/server/changes/records';
import { logger } from '../../src/server/log/logger';
import { openFileStore } from '../../src/server/store/files/filesStore';
import type { Store } from '../../src/server/store/store';
import { fixture } from '../support/fixture';
import { ROOT } from '../support/process';

const actor = { userId: 1, username: 'test', role: 'admin' as const };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function newDataDir(): { dataDir: string; seedFile: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-journal-'));
  dirs.push(dataDir);
  const seedFile = path.join(dataDir, 'seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(fixture));
  return { dataDir, seedFile };
}

const open = (dir: { dataDir: string; seedFile: string }) =>
  openFileStore({ ...dir, clock: () => new Date() });
const area = (name: string) =>
  createRecord('areas', { name, programmeId: 1, housingOrganisation: 'X' }, actor);
const names = (store: Store) => store.all('areas').map((a) => a.name);
const journal = (dataDir: string) => path.join(dataDir, 'journal.jsonl');

describe('the journal', () => {
  it('holds each commit as one line, its change and its audit entry together, before the answer', async () => {
    const dir = newDataDir();
    const store = await open(dir);
    const { result, audit } = await store.commit(area('Nyt område'));
    const lines = fs.readFileSync(journal(dir.dataDir), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!);
    expect(line.ops).toEqual([{ op: 'put', coll: 'areas', record: result }]);
    expect(line.audit).toEqual(audit);
    expect(audit[0]).toMatchObject({ action: 'create', resource: 'areas', recordId: result.id });
    await store.close();
  });

  it('drops a torn last line (a write never acknowledged) and goes on from the whole ones', async () => {
    const dir = newDataDir();
    let store = await open(dir);
    await store.commit(area('Før nedbruddet'));
    await store.close();
    fs.appendFileSync(journal(dir.dataDir), '{"seq":2,"ops":[{"op":"put","coll":"areas","rec');
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    store = await open(dir);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('afbrudt sidste linje'));
    warn.mockRestore();
    expect(names(store)).toContain('Før nedbruddet');
    await store.commit(area('Efter nedbruddet'));
    await store.close();
    store = await open(dir);
    expect(names(store).slice(-2)).toEqual(['Før nedbruddet', 'Efter nedbruddet']);
    await store.close();
  });

  it('refuses to start on a damaged line before the last, naming the file', async () => {
    const dir = newDataDir();
    const store = await open(dir);
    await store.commit(area('Et'));
    await store.commit(area('To'));
    await store.close();
    const text = fs.readFileSync(journal(dir.dataDir), 'utf8');
    fs.writeFileSync(journal(dir.dataDir), text.replace('"Et"', '"Et'));
    await expect(open(dir)).rejects.toThrow(/journal\.jsonl: linje 1 er beskadiget/);
  });

  it('keeps every record right through snapshot after snapshot, unchanged lines copied as they were', async () => {
    const dir = newDataDir();
    const store = await open(dir);
    const dbFile = path.join(dir.dataDir, 'db.json');
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push((await store.commit(area(`Område ${i}`))).result.id as number);
    await store.snapshot(); // the seed's layout: every record parsed, versioned, written
    const lineOf = (id: number) =>
      fs
        .readFileSync(dbFile, 'utf8')
        .split('\n')
        .find((l) => l.replace(/^,/, '').startsWith(`{"id":${id},`));
    const untouched = lineOf(ids[0]!);
    const [first, second] = [ids[1]!, ids[2]!];
    await store.commit(updateRecord('areas', first, { name: 'Omdøbt', version: 1 }, actor));
    await store.commit(deleteRecord('areas', second, actor));
    await store.commit(area('Ny efter første snapshot'));
    await store.snapshot(); // now the unchanged lines are copied
    await store.commit(updateRecord('areas', first, { name: 'Omdøbt igen', version: 2 }, actor));
    await store.snapshot();
    const inMemory = store.all('areas');
    await store.close();
    expect(lineOf(ids[0]!)).toBe(untouched);
    const db = JSON.parse(fs.readFileSync(dbFile, 'utf8'));
    expect(db._journal.versioned).toBe(true);
    expect(db.areas).toEqual(inMemory);
    expect(db.areas.find((a: { id: number }) => a.id === first)).toMatchObject({
      name: 'Omdøbt igen',
      version: 3,
    });
    expect(db.areas.some((a: { id: number }) => a.id === second)).toBe(false);
    const reopened = await open(dir);
    expect(reopened.all('areas')).toEqual(inMemory);
    await reopened.close();
  });

  it('is taken into db.json by a snapshot, which `npx json-server` serves as it is', async () => {
    const dir = newDataDir();
    const store = await open(dir);
    for (let i = 0; i < 5; i++) await store.commit(area(`Område ${i}`));
    await store.snapshot();
    expect(fs.statSync(journal(dir.dataDir)).size).toBe(0);
    await store.close();
    const db = JSON.parse(fs.readFileSync(path.join(dir.dataDir, 'db.json'), 'utf8'));
    expect(db.areas.map((a: { name: string }) => a.name).slice(-5)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `Område ${i}`),
    );

    const port = 30_000 + Math.floor(Math.random() * 20_000);
    const stock = spawn(
      path.join(ROOT, 'node_modules/.bin/json-server'),
      [path.join(dir.dataDir, 'db.json'), '--port', String(port), '--host', '127.0.0.1'],
      { stdio: 'pipe' },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        stock.stdout!.on('data', (d) => String(d).includes('Resources') && resolve());
        stock.once('exit', (code) => reject(new Error(`json-server exited with ${code}`)));
      });
      // json-server prints its resources as it calls listen(), not once it listens: asked at once,
      // a loaded machine could refuse the connection. A few tries, a tenth of a second apart.
      let answer: Response | undefined;
      for (let tries = 0; !answer && tries < 50; tries++)
        answer = await fetch(`http://127.0.0.1:${port}/areas`).catch(
          () => new Promise<undefined>((resolve) => setTimeout(resolve, 100)),
        );
      const served = await answer!.json();
      expect(served).toEqual(db.areas);
    } finally {
      stock.kill();
    }
  });

  it('skips a torn last line of audit.jsonl (from before the journal) and goes on numbering after it', async () => {
    const dir = newDataDir();
    const entry = (id: number) =>
      JSON.stringify({
        id,
        at: '2026-01-01T00:00:00.000Z',
        userId: null,
        username: 'x',
        action: 'login',
        resource: null,
        recordId: null,
        changes: null,
      });
    fs.writeFileSync(path.join(dir.dataDir, 'audit.jsonl'), `${entry(1)}\n${entry(2)}\n{"id": 3, "at": "20`);
    const store = await open(dir);
    expect(store.audit().map((e) => e.id)).toEqual([1, 2]);
    const { audit } = await store.commit(area('Efter'));
    expect(audit[0]!.id).toBe(3);
    await store.close();
  });

  it('lets one process write a DATA_DIR at a time', async () => {
    const dir = newDataDir();
    const store = await open(dir);
    await expect(open(dir)).rejects.toThrow(/bruges af en anden proces/);
    await store.close();
    const again = await open(dir);
    await again.close();
  });

  it("never writes over another writer's line: a journal changed behind its back stops the store", async () => {
    const dir = newDataDir();
    const store = await open(dir);
    await store.commit(area('Vores'));
    // Another process appends to the same journal, as a second server would if the lock were broken.
    const foreign = '{"seq":2,"ops":[],"audit":[],"fremmed":true}\n';
    fs.appendFileSync(journal(dir.dataDir), foreign);
    await expect(store.commit(area('Efter'))).rejects.toMatchObject({ status: 503 });
    expect(store.available).toBe(false);
    await expect(store.commit(area('Igen'))).rejects.toMatchObject({ status: 503 });
    const text = fs.readFileSync(journal(dir.dataDir), 'utf8');
    expect(text.endsWith(foreign)).toBe(true);
    expect(text).not.toContain('Efter');
    await store.close();
  });

  it('writes the lines of commits made at once together, each answered once its own line is on disk', async () => {
    const dir = newDataDir();
    const store = await open(dir);
    const names = Array.from({ length: 20 }, (_, i) => `Samtidig ${i}`);
    const results = await Promise.all(names.map((name) => store.commit(area(name))));
    const lines = fs
      .readFileSync(journal(dir.dataDir), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => i + 1));
    expect(lines.map((l) => l.ops[0].record.name)).toEqual(names);
    expect(results.map((r) => r.result.name)).toEqual(names);
    await store.close();
  });

  it("writes an idle journal's line as the commit is decided, and the next one's after that sync", async () => {
    const dir = newDataDir();
    const store = await open(dir);
    const onDisk = () => fs.readFileSync(journal(dir.dataDir), 'utf8').trim().split('\n').filter(Boolean);
    const first = store.commit(area('Først'));
    // Written before the commit returned, so the disk syncs while it is applied to memory.
    expect(onDisk()).toHaveLength(1);
    const second = store.commit(area('Bagefter'));
    // Decided while the first line syncs: it waits in memory for the next write and sync.
    expect(onDisk()).toHaveLength(1);
    await Promise.all([first, second]);
    expect(onDisk().map((l) => JSON.parse(l).ops[0].record.name)).toEqual(['Først', 'Bagefter']);
    await store.close();
  });
});
