/** Sessions end after 8 hours without a request, and 12 hours after login whatever happens. */
export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** A session waiting for its second factor: the code is typed within minutes, or the password again. */
export const PENDING_TIMEOUT_MS = 10 * 60 * 1000;
/** How stale a session's last request may be before it is stored again: not every request writes. */
export const TOUCH_AFTER_MS = 60 * 1000;

/**
 * A cookie beside the session's, readable by the page and holding no secret: the browser has a
 * session cookie. Without it the panel shows its login form at once instead of asking first.
 */
export const SIGNED_IN_HINT_COOKIE = 'beredskab_signed_in';

export interface SessionTimes {
  createdAt: number;
  lastSeen: number;
}

export function sessionExpired(session: SessionTimes, now: number): boolean {
  return now - session.lastSeen > IDLE_TIMEOUT_MS || now - session.createdAt > ABSOLUTE_TIMEOUT_MS;
}

export function sessionNeedsTouch(session: SessionTimes, now: number): boolean {
  return now - session.lastSeen > TOUCH_AFTER_MS;
}

/** A sign-in at the identity provider must come back within ten minutes; its secrets are used once. */
export const OIDC_ATTEMPT_TTL_MS = 10 * 60 * 1000;
export function pendingExpired(session: SessionTimes, now: number): boolean {
  return now - session.createdAt > PENDING_TIMEOUT_MS;
}

/** A mailed password link (an invitation or "Glemt adgangskode") holds for 72 hours, once. */
export const PASSWORD_LINK_TTL_MS = 72 * 60 * 60 * 1000;
