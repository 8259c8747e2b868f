import fs from 'node:fs';
import readline from 'node:readline';
import { RESOURCE_NAMES } from '../../../domain/resourceNames';
import type { StoredRecord } from '../../../domain/resources';
import type { PurgeDue } from '../purge';
import { readJsonFile, type ChunkWriter } from './durable';

/**
 * db.json is a json-server database, written one record a line so that a snapshot can
 * be read and rewritten as a stream, never the whole store in memory twice:
 *
 *   {"_journal":{"seq":12},"_lastIds":{"areas":11}
 *   ,"programmes":[
 *   {"id":1,…}
 *   ,{"id":2,…}
 *   ]
 *   }
 */
export interface DataHeader {
  /** The last journal line this snapshot holds. */
  seq: number;
  lastIds: Record<string, number>;
  /** An erasure up to `seq` whose purge is not yet recorded done. */
  purge?: PurgeDue | null;
  /**
   * Every record carries its version (a snapshot wrote them all): a record the journal did
   * not change may be copied to the next snapshot as its line is, without being parsed.
   */
  versioned?: boolean;
}

const HEADER = '{"_journal":';
const COLLECTION = /^,"([A-Za-z]+)":\[$/;

export function writeDataHeader(out: ChunkWriter, header: DataHeader): void {
  const journal = {
    seq: header.seq,
    ...(header.purge ? { purge: header.purge } : {}),
    ...(header.versioned ? { versioned: true } : {}),
  };
  out.write(`${HEADER}${JSON.stringify(journal)},"_lastIds":${JSON.stringify(header.lastIds)}\n`);
}

export const openCollection = (out: ChunkWriter, name: string) => out.write(`,${JSON.stringify(name)}:[\n`);
export const closeCollection = (out: ChunkWriter) => out.write(']\n');

/** One record's line in its collection; every one but the first starts with a comma. */
export const writeRecord = (out: ChunkWriter, record: unknown, first: boolean) =>
  writeRecordLine(out, JSON.stringify(record), first);

/** A record's line as it was read. */
export const writeRecordLine = (out: ChunkWriter, json: string, first: boolean) =>
  out.write(`${first ? '' : ','}${json}\n`);

/** Writes one collection, one record a line. */
export function writeCollection(out: ChunkWriter, name: string, records: Iterable<unknown>): void {
  openCollection(out, name);
  let first = true;
  for (const record of records) {
    writeRecord(out, record, first);
    first = false;
  }
  closeCollection(out);
}

export const writeDataEnd = (out: ChunkWriter) => out.write('}\n');

export interface DataReader {
  header(header: DataHeader): void;
  record(collection: string, record: StoredRecord): void;
  /** Given, it gets each record's JSON text instead of the parsed record (a file in another layout: records). */
  line?(collection: string, json: string): void;
  start?(collection: string): void;
  end?(collection: string): void;
}

/**
 * Reads db.json record by record. A file in another layout (the seed, a store from before
 * the journal, a restored backup, one edited by hand) is read whole instead: `seq` 0.
 */
export async function readDataSnapshot(file: string, reader: DataReader): Promise<void> {
  const fd = fs.openSync(file, 'r');
  const start = Buffer.alloc(HEADER.length);
  fs.readSync(fd, start, 0, HEADER.length, 0);
  fs.closeSync(fd);
  if (start.toString('utf8') !== HEADER) return readWhole(file, reader);

  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let collection: string | undefined;
  let number = 0;
  for await (const line of lines) {
    number++;
    if (number === 1) {
      reader.header(parseHeader(line));
      continue;
    }
    const opening = COLLECTION.exec(line);
    if (opening) {
      collection = opening[1]!;
      reader.start?.(collection);
    } else if (line === ']' && collection) {
      reader.end?.(collection);
      collection = undefined;
    } else if (collection && line !== '') {
      const json = line.startsWith(',') ? line.slice(1) : line;
      if (reader.line) reader.line(collection, json);
      else reader.record(collection, JSON.parse(json) as StoredRecord);
    } else if (line !== '}' && line !== '')
      throw new Error(`${file}: linje ${number} kan ikke læses; gendan fra en sikkerhedskopi`);
  }
}

function parseHeader(line: string): DataHeader {
  const head = JSON.parse(`${line}}`) as {
    _journal: { seq: number; purge?: PurgeDue; versioned?: boolean };
    _lastIds?: Record<string, number>;
  };
  return {
    seq: head._journal.seq,
    lastIds: head._lastIds ?? {},
    purge: head._journal.purge ?? null,
    versioned: head._journal.versioned === true,
  };
}

/** The first line alone, where the snapshot says what it holds; a file in another layout is read whole. */
export async function readDataHeader(file: string): Promise<DataHeader> {
  const fd = fs.openSync(file, 'r');
  try {
    const parts: Buffer[] = [];
    for (let at = 0; ;) {
      const chunk = Buffer.alloc(64 * 1024);
      const read = fs.readSync(fd, chunk, 0, chunk.length, at);
      const end = chunk.subarray(0, read).indexOf(0x0a);
      parts.push(chunk.subarray(0, end >= 0 ? end : read));
      if (end >= 0) {
        const line = Buffer.concat(parts).toString('utf8');
        if (line.startsWith(HEADER)) return parseHeader(line);
        break;
      }
      if (read === 0) break;
      at += read;
    }
  } finally {
    fs.closeSync(fd);
  }
  let header: DataHeader = { seq: 0, lastIds: {} };
  await readDataSnapshot(file, { header: (h) => (header = h), record: () => undefined });
  return header;
}

function readWhole(file: string, reader: DataReader): void {
  const db = readJsonFile(file);
  const lastIds = (db._lastIds as Record<string, number> | undefined) ?? {};
  reader.header({ seq: 0, lastIds });
  for (const name of RESOURCE_NAMES) {
    reader.start?.(name);
    for (const record of (db[name] as StoredRecord[] | undefined) ?? []) reader.record(name, record);
    reader.end?.(name);
  }
}
