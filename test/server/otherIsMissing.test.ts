import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNothingOfOther, startTwoProgrammes, type TwoProgrammes } from '../support/twoProgrammes';

/**
 * Another programme's record is, to a user of this one, a record that does not exist: the
 * answers for programme 2's incident, indicator or activity are the answers for an id nobody
 * has used, so no status or message confirms that it exists elsewhere.
 */

const NEVER = 999_999;
let t: TwoProgrammes;

beforeAll(async () => {
  t = await startTwoProgrammes();
});
afterAll(async () => {
  await t?.server.close();
});

/** The message with the record's id taken out: the id is the only thing allowed to differ. */
const withoutId = (body: unknown) => JSON.stringify(body).replace(/\(id \d+\)/g, '(id …)');

describe('another programme’s record answers as a missing one', () => {
  it('GET /api/deadline with programme 2’s incident is 404, as for an incident that does not exist', async () => {
    const deadline = (incidentId: number) =>
      t.clients.editor.get(
        `/api/deadline?programmeId=1&level=yellow&occurredAt=2025-04-07T08:00:00.000Z&incidentId=${incidentId}`,
      );
    const other = await deadline(t.refs.other.incident);
    const missing = await deadline(NEVER);
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.body).toEqual(missing.body);
    // The user's own incident still gets its deadline.
    const own = await deadline(t.refs.own.incident);
    expect(own.status).toBe(200);
    expect(own.body.responseDeadline).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  const parents = [
    ['incidentLogEntries', 'incidentId', 'incident', { happened: 'Ny logpost' }],
    ['measurements', 'indicatorId', 'indicator', { year: 2031, value: 3 }],
    ['activityLogs', 'activityId', 'activity', { date: '2025-05-03', participants: 4 }],
  ] as const;

  it.each(parents)(
    'POST /api/%s naming programme 2’s parent (%s) is 400 "findes ikke", as for a missing one',
    async (resource, field, ref, rest) => {
      const area = 'incident' === ref ? {} : { areaId: t.refs.own.area };
      const post = (parentId: number) =>
        t.clients.editor.post(`/api/${resource}`, { ...rest, ...area, [field]: parentId });
      const other = await post(t.refs.other[ref]);
      const missing = await post(NEVER);
      expect(other.status).toBe(400);
      expect(missing.status).toBe(400);
      expect(other.body.errors[field]).toMatch(/findes ikke/);
      expect(withoutId(other.body)).toBe(withoutId(missing.body));
      expectNothingOfOther(other, `${resource} ${field}`);
      // With the user's own parent the same body is stored.
      const own = await post(t.refs.own[ref]);
      expect(own.status, JSON.stringify(own.body)).toBe(201);
    },
  );
});
