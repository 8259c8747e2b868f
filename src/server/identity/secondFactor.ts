import { DEFAULT_SETTINGS, settingsSchema, type SecondFactorPolicy } from '../../domain/settings';
import type { ReadState } from '../store/types';
import { membershipsOf, type User } from './users';

/** The settings row that holds the policy: one row a setting, so settings added later stand apart. */
export const POLICY_ROW = 'secondFactor';

export function secondFactorPolicy(state: ReadState): SecondFactorPolicy {
  const parsed = settingsSchema.shape.secondFactor.safeParse(state.find('settings', POLICY_ROW)?.value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS.secondFactor;
}

/** Whether the policy asks this user for a second factor; the directory asks its own users. */
export function coveredByPolicy(policy: SecondFactorPolicy, user: User): boolean {
  if (user.source === 'oidc' || policy === 'none') return false;
  if (policy === 'everyone') return true;
  return (
    user.role === 'admin' ||
    user.role === 'programmeAdmin' ||
    membershipsOf(user).some((m) => m.role === 'programmeAdmin')
  );
}

/**
 * A session whose user the policy covers and who has no second factor yet reaches only the
 * enrolment. Decided on each request, so a new policy reaches sessions already open; a
 * session made through the directory is never asked.
 */
export function enrolmentDue(state: ReadState, user: User, method?: 'password' | 'oidc'): boolean {
  return method !== 'oidc' && !user.totp && coveredByPolicy(secondFactorPolicy(state), user);
}

/** A password sign-in asks for the code when the user has set up a second factor. */
export const asksSecondFactor = (user: User): boolean => user.totp !== undefined;

/** The user without a second factor, set up or half set up. */
export function withoutSecondFactor(user: User): User {
  const { totp: _factor, totpPending: _pending, ...rest } = user;
  return rest;
}

/** What seals a user's secret: bound to the user, so a sealed secret copied to another user opens for nobody. */
export const secretContext = (userId: number) => `totp:${userId}`;
