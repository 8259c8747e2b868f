import type { Me } from '../api/me';

/**
 * The session as the panel knows it, without react-admin: the login form that opens the panel
 * (boot/) and react-admin's authProvider share it, so the user is asked of the server once.
 */

/** The password was right; the server asks for the second factor's code, or for setting one up first. */
export class SecondFactorNeeded extends Error {
  constructor(readonly step: 'required' | 'enrol') {
    super(`beredskab.secondFactor.${step}`);
  }
}

/** A refused sign-in step, with the server's words and the fields they belong to. */
export class SignInRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

async function refusal(res: Response): Promise<SignInRefused> {
  const body = (await res.json().catch(() => ({}))) as { message?: string; errors?: Record<string, string> };
  return new SignInRefused(body.message ?? 'ra.auth.sign_in_error', res.status, body.errors);
}

export const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

let me: Promise<Me | undefined> | undefined;

async function fetchMe(): Promise<Me | undefined> {
  const res = await fetch('/api/auth/me');
  return res.ok ? ((await res.json()) as Me) : undefined;
}

/** The logged-in user, asked of the server once and then remembered until login or logout. */
export function currentUser(refresh = false): Promise<Me | undefined> {
  if (refresh || !me) me = fetchMe();
  return me;
}

/** Whether a user is remembered at all (react-admin flushes unsaved work only for one). */
export const someoneRemembered = () => me !== undefined;

export function forgetUser(): void {
  me = undefined;
}

/** A sign-in step's answer: the user, or word that the second factor comes next. */
export async function signedInBy(res: Response): Promise<Me> {
  if (!res.ok) throw await refusal(res);
  const body = (await res.json()) as Me | { secondFactor: 'required' | 'enrol' };
  if ('secondFactor' in body && body.secondFactor) throw new SecondFactorNeeded(body.secondFactor);
  me = Promise.resolve(body as Me);
  return body as Me;
}

export async function signInWithPassword(username: string, password: string): Promise<Me> {
  me = undefined;
  return signedInBy(await postJson('/api/auth/login', { username, password }));
}
