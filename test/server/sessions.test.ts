import { describe, expect, it } from 'vitest';
import { IDLE_TIMEOUT_MS, Sessions } from '../../src/server/sessions';

const user = { id: 1, username: 'a', fullName: 'A', role: 'editor' as const };

describe('sessions', () => {
  it('expire after 8 hours without a request, and every request renews them', () => {
    let now = 0;
    const sessions = new Sessions(() => now);
    const token = sessions.create(user);
    now += IDLE_TIMEOUT_MS - 1;
    expect(sessions.touch(token)).toEqual(user);
    now += IDLE_TIMEOUT_MS - 1;
    expect(sessions.touch(token)).toEqual(user);
    now += IDLE_TIMEOUT_MS + 1;
    expect(sessions.touch(token)).toBeUndefined();
    now = 0;
    expect(sessions.touch(token)).toBeUndefined();
  });

  it('are unguessable and ended by destroy', () => {
    const sessions = new Sessions();
    const a = sessions.create(user);
    const b = sessions.create(user);
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(43);
    sessions.destroy(a);
    expect(sessions.touch(a)).toBeUndefined();
    expect(sessions.touch(b)).toEqual(user);
  });
});
