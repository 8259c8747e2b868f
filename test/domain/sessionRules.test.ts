import { describe, expect, it } from 'vitest';
import {
  ABSOLUTE_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  TOUCH_AFTER_MS,
  sessionExpired,
  sessionNeedsTouch,
} from '../../src/domain/sessionRules';

describe('sessions', () => {
  it('expire after 8 hours without a request; a request within them keeps the session', () => {
    const session = { createdAt: 0, lastSeen: 0 };
    expect(sessionExpired(session, IDLE_TIMEOUT_MS)).toBe(false);
    expect(sessionExpired(session, IDLE_TIMEOUT_MS + 1)).toBe(true);
    const renewed = { createdAt: 0, lastSeen: 3 * 60 * 60 * 1000 };
    expect(sessionExpired(renewed, renewed.lastSeen + IDLE_TIMEOUT_MS)).toBe(false);
  });

  it('end 12 hours after login, however often they are used', () => {
    const busy = { createdAt: 0, lastSeen: ABSOLUTE_TIMEOUT_MS };
    expect(sessionExpired(busy, ABSOLUTE_TIMEOUT_MS)).toBe(false);
    expect(sessionExpired(busy, ABSOLUTE_TIMEOUT_MS + 1)).toBe(true);
  });

  it('are stored again only when their last request is more than a minute old', () => {
    const session = { createdAt: 0, lastSeen: 1000 };
    expect(sessionNeedsTouch(session, 1000 + TOUCH_AFTER_MS)).toBe(false);
    expect(sessionNeedsTouch(session, 1001 + TOUCH_AFTER_MS)).toBe(true);
  });
});
