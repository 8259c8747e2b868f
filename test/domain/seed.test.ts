import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { responseDeadline } from '../../src/domain/deadlines';
import type { Level } from '../../src/domain/levels';
import { REFERENCES, referencedIds } from '../../src/domain/references';
import { FORBIDDEN_NAMES, FORBIDDEN_PHONES } from '../../scripts/demo/organisation';
import {
  RESOURCES,
  RESOURCE_NAMES,
  serverFields,
  type ResourceName,
  type StoredRecord,
} from '../../src/domain/resources';

/** The committed demo data (scripts/generate-demo.ts writes it). */
const SEED_PATH = fileURLToPath(new URL('../../data/seed.json', import.meta.url));
const raw = readFileSync(SEED_PATH, 'utf8');
const { _demo, ...seed } = JSON.parse(raw) as Record<ResourceName, StoredRecord[]> & { _demo: unknown };

const REAL_NAMES = FORBIDDEN_NAMES;
const REAL_PHONES = FORBIDDEN_PHONES;

const VIBORG_AREAS = [
  'Egeparken',
  'Ellekonebakken',
  'Houlkærparken',
  'Houlkærvænget',
  'Rødkærparken',
  'Vestervang',
];

/** The client's input: the record without what the server keeps for itself. */
function withoutStoreFields(name: ResourceName, record: StoredRecord): Record<string, unknown> {
  const storeOnly = serverFields(RESOURCES[name]);
  return Object.fromEntries(Object.entries(record).filter(([k]) => !storeOnly.includes(k)));
}

it('states the day its recent part is laid out for', () => {
  expect(_demo).toEqual({
    referenceDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    recentFrom: '2024-01-01',
  });
});

it('has every collection, none empty', () => {
  expect(Object.keys(seed).sort()).toEqual([...RESOURCE_NAMES].sort());
  for (const name of RESOURCE_NAMES) expect(seed[name].length, name).toBeGreaterThan(0);
});

describe.each(RESOURCE_NAMES)('%s', (name) => {
  const records = seed[name];

  it('every record parses with its schema and holds exactly the parsed fields', () => {
    for (const record of records) {
      const input = withoutStoreFields(name, record);
      const result = RESOURCES[name].schema.safeParse(input);
      expect(result.error, `${name} ${record.id}`).toBeUndefined();
      expect(result.data, `${name} ${record.id}`).toEqual(input);
    }
  });

  it('ids are unique positive integers', () => {
    const ids = records.map((r) => r.id);
    for (const id of ids) expect(Number.isInteger(id) && id > 0, `id ${String(id)}`).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('references', () => {
  it.each(REFERENCES.map((ref) => [`${ref.from}.${ref.path} → ${ref.to}`, ref] as const))(
    '%s',
    (_label, ref) => {
      const targets = new Map(seed[ref.to].map((r) => [r.id, r]));
      for (const record of seed[ref.from]) {
        for (const { id, path } of referencedIds(record, ref.path)) {
          const target = targets.get(id);
          expect(target, `${ref.from} ${record.id} ${path} = ${id}`).toBeDefined();
          if (ref.sameProgramme)
            expect(target?.programmeId, `${ref.from} ${record.id} ${path}: other programme`).toBe(
              record.programmeId,
            );
        }
      }
    },
  );
});

describe('incidents', () => {
  it('responseDeadline is the one the domain computes from level and levelSetAt', () => {
    for (const incident of seed.incidents) {
      const expected = responseDeadline(incident.level as Level, incident.levelSetAt as string);
      expect(incident.responseDeadline, `incident ${incident.id}`).toBe(expected);
    }
  });

  it('covers every level', () => {
    expect(new Set(seed.incidents.map((i) => i.level))).toEqual(new Set(['green', 'yellow', 'red']));
  });
});

describe('content', () => {
  it('has the six Viborg areas', () => {
    const viborg = seed.programmes.find((p) => p.municipality === 'Viborg');
    expect(viborg).toBeDefined();
    const names = seed.areas.filter((a) => a.programmeId === viborg?.id).map((a) => a.name);
    expect([...names].sort()).toEqual([...VIBORG_AREAS].sort());
  });

  it('holds no real name from seed 001', () => {
    const text = raw.toLowerCase();
    for (const name of REAL_NAMES) expect(text.includes(name.toLowerCase()), name).toBe(false);
  });

  it('holds no real phone number from seed 001, however it is spaced', () => {
    for (const phone of REAL_PHONES) {
      const spaced = new RegExp(phone.split('').join('[ ().-]*'));
      expect(spaced.test(raw), phone).toBe(false);
    }
    for (const p of seed.participants) {
      const digits = String(p.phone ?? '').replace(/\D/g, '');
      expect(
        REAL_PHONES.some((real) => digits.endsWith(real)),
        `participant ${p.id}`,
      ).toBe(false);
    }
  });
});
