import type { Settings } from '../../domain/settings';

/** POST /api/auth/totp/enrol: the new secret, shown once, and the URI its QR code holds. */
export interface Enrolment {
  secret: string;
  uri: string;
}

/** GET /api/auth/totp: the user's own second factor. */
export interface FactorStatus {
  enabled: boolean;
  /** The policy asks this user for one: it cannot be turned off. */
  required: boolean;
  recoveryCodesLeft: number;
}

/** GET /api/auth/sessions: one of the user's own sessions; `id` is a handle, not the stored id. */
export interface OwnSession {
  id: string;
  current: boolean;
  method: 'password' | 'oidc';
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  /** Signed in with the password, waiting for the code. */
  pending?: boolean;
}

export type { Settings };
