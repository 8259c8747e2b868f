import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { actorOf } from '../../src/server/access/request';
import { ApiError } from '../../src/server/errors/apiError';

describe('actorOf: the request’s grants', () => {
  it('refuses a request without a user (401) rather than give it the operator’s reach', () => {
    const anonymous = {} as Request;
    expect(() => actorOf(anonymous)).toThrow(ApiError);
    expect(() => actorOf(anonymous)).toThrow(expect.objectContaining({ status: 401 }));
  });

  it('makes the actor once per request, with the user’s role and memberships', () => {
    const req = {
      user: {
        id: 7,
        username: 'rikke',
        fullName: 'Rikke',
        role: 'editor',
        memberships: [{ programmeId: 2, role: 'editor' }],
      },
    } as unknown as Request;
    const actor = actorOf(req);
    expect(actor).toEqual({
      userId: 7,
      username: 'rikke',
      role: 'editor',
      memberships: [{ programmeId: 2, role: 'editor' }],
    });
    expect(actorOf(req)).toBe(actor);
  });
});
