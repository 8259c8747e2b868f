import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, startServer, type Client, type TestServer } from '../support/server';

let server: TestServer;
let editor: Client;

beforeAll(async () => {
  server = await startServer();
  editor = await server.as('editor');
});
afterAll(() => server.close());

const ids = (body: { id: number }[]) => body.map((r) => r.id);

describe('the ra-data-simple-rest list protocol', () => {
  it('pages with range and answers Content-Range <resource> <start>-<end>/<total>', async () => {
    const res = await editor.get('/api/areas' + listQuery({ sort: ['id', 'ASC'], range: [1, 2] }));
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual([2, 3]);
    expect(res.headers.get('content-range')).toBe('areas 1-2/5');
    expect(res.headers.get('access-control-expose-headers')).toContain('Content-Range');
  });

  it('answers Content-Range on a list without range, and on an empty page', async () => {
    const all = await editor.get('/api/programmes');
    expect(all.headers.get('content-range')).toBe('programmes 0-1/2');
    const none = await editor.get('/api/areas' + listQuery({ filter: { programmeId: 99 }, range: [0, 24] }));
    expect(none.body).toEqual([]);
    expect(none.headers.get('content-range')).toBe('areas 0-0/0');
  });

  it('sorts text the Danish way (Æ, Ø, Å last) in both directions', async () => {
    const asc = await editor.get(
      '/api/areas' + listQuery({ filter: { programmeId: 1 }, sort: ['name', 'ASC'] }),
    );
    expect(asc.body.map((a: { name: string }) => a.name)).toEqual([
      'Ellekonebakken',
      'Zinkgården',
      'Østervang',
      'Åbakken',
    ]);
    const desc = await editor.get(
      '/api/areas' + listQuery({ filter: { programmeId: 1 }, sort: ['name', 'DESC'] }),
    );
    expect(desc.body.map((a: { name: string }) => a.name)).toEqual([
      'Åbakken',
      'Østervang',
      'Zinkgården',
      'Ellekonebakken',
    ]);
  });

  it('sorts numbers as numbers and puts missing values last', async () => {
    const res = await editor.get('/api/areas' + listQuery({ sort: ['households', 'DESC'] }));
    expect(ids(res.body)).toEqual([5, 1, 2, 3, 4]);
  });

  it('serves getMany as filter {id: [..]}', async () => {
    const res = await editor.get('/api/areas' + listQuery({ filter: { id: [5, 2] } }));
    expect(ids(res.body).sort()).toEqual([2, 5]);
  });

  it('serves getManyReference as a foreign-key filter with paging', async () => {
    const res = await editor.get(
      '/api/incidents' + listQuery({ filter: { areaId: 1 }, sort: ['occurredAt', 'DESC'], range: [0, 9] }),
    );
    expect(ids(res.body)).toEqual([1]);
    expect(res.headers.get('content-range')).toBe('incidents 0-0/1');
  });

  it('matches array fields by membership and booleans by value', async () => {
    const group1 = await editor.get('/api/participants' + listQuery({ filter: { responseGroups: 1 } }));
    expect(ids(group1.body)).toEqual([3]);
    const police = await editor.get('/api/incidents' + listQuery({ filter: { policeCase: true } }));
    expect(ids(police.body)).toEqual([2]);
  });

  it('searches all readable text with q, every word must match, case-insensitive', async () => {
    const res = await editor.get('/api/incidents' + listQuery({ filter: { q: 'BLOK bilbrand' } }));
    expect(ids(res.body)).toEqual([2]);
    const none = await editor.get('/api/incidents' + listQuery({ filter: { q: 'bilbrand legeplads' } }));
    expect(none.body).toEqual([]);
  });

  it('filters date ranges with _gte/_lte, a date meaning the whole Copenhagen day', async () => {
    // Incident 2 happened 23:30 on 31 December 2019, Copenhagen time (22:30 UTC).
    const in2019 = await editor.get(
      '/api/incidents' +
        listQuery({ filter: { occurredAt_gte: '2019-01-01', occurredAt_lte: '2019-12-31' } }),
    );
    expect(ids(in2019.body).sort()).toEqual([1, 2]);
    const in2020 = await editor.get(
      '/api/incidents' + listQuery({ filter: { occurredAt_gte: '2020-01-01' } }),
    );
    expect(ids(in2020.body)).toEqual([3]);
  });

  it('compares bounds with a time as instants: offsets, Z, Copenhagen wall clock in winter and summer', async () => {
    const find = async (filter: object) =>
      ids((await editor.get('/api/incidents' + listQuery({ filter }))).body).sort();
    // Incident 2: 2019-12-31T22:30:00.000Z, winter time (+01:00).
    expect(await find({ occurredAt_gte: '2019-12-31T22:30:00Z' })).toEqual([2, 3]);
    expect(await find({ occurredAt_gte: '2019-12-31T23:30:00+01:00' })).toEqual([2, 3]);
    expect(await find({ occurredAt_gte: '2020-01-01T00:00:00+01:00' })).toEqual([3]);
    expect(await find({ occurredAt_gte: '2019-12-31T23:30' })).toEqual([2, 3]);
    expect(await find({ occurredAt_gte: '2019-12-31T23:30:01' })).toEqual([3]);
    expect(await find({ occurredAt_lte: '2019-12-31T22:29:59.999Z' })).toEqual([1]);
    // Incident 3: 2025-05-01T10:00:00.000Z, summer time (+02:00): 12:00 on the wall clock.
    expect(await find({ occurredAt_gte: '2025-05-01T12:00:00' })).toEqual([3]);
    expect(await find({ occurredAt_gte: '2025-05-01T12:00:01' })).toEqual([]);
    expect(
      await find({ occurredAt_gte: '2025-05-01T11:00:00+01:00', occurredAt_lte: '2025-05-01T10:00Z' }),
    ).toEqual([3]);
  });

  it('filters on derived fields such as overdue', async () => {
    const res = await editor.get('/api/incidents' + listQuery({ filter: { overdue: true } }));
    expect(ids(res.body)).toEqual([2]);
  });

  it.each([
    ['an unknown filter field', { filter: JSON.stringify({ nosuchfield: 1 }) }],
    ['a misspelled range field', { filter: JSON.stringify({ occuredAt_gte: '2019-01-01' }) }],
    ['filter that is not JSON', { filter: '{level:red' }],
    ['filter that is an array', { filter: '[1,2]' }],
    ['a nested filter value', { filter: JSON.stringify({ level: { $ne: 'red' } }) }],
    ['a prototype key', { filter: '{"__proto__":{"x":1}}' }],
    ['sort on an unknown field', { sort: JSON.stringify(['nope', 'ASC']) }],
    ['a bad sort order', { sort: JSON.stringify(['id', 'SIDEWAYS']) }],
    ['sort that is not an array', { sort: '"id"' }],
    ['a negative range', { range: '[-1,5]' }],
    ['a reversed range', { range: '[5,1]' }],
    ['a fractional range', { range: '[0,2.5]' }],
  ])('answers 400 for %s', async (_name, params) => {
    const res = await editor.get(`/api/incidents?${new URLSearchParams(params)}`);
    expect(res.status).toBe(400);
    expect(typeof res.body.message).toBe('string');
  });

  it('answers 400 for a repeated parameter', async () => {
    const res = await editor.get('/api/incidents?sort=["id","ASC"]&sort=["id","DESC"]');
    expect(res.status).toBe(400);
  });

  it('reads one record and answers 404 for a missing or malformed id and unknown routes', async () => {
    expect((await editor.get('/api/areas/2')).body.name).toBe('Østervang');
    for (const path of [
      '/api/areas/999',
      '/api/areas/abc',
      '/api/areas/0',
      '/api/nothing',
      '/api/db',
      '/api/areas/1/incidents',
    ])
      expect((await editor.get(path)).status, path).toBe(404);
  });
});
