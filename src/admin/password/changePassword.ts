export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** Field errors as the server names them, or undefined when the password was changed. */
export type PasswordChangeResult = { errors?: Record<string, string>; message?: string } | undefined;

/** Asks the server to change the logged-in user's password. */
export async function changePassword(change: PasswordChange): Promise<PasswordChangeResult> {
  const res = await fetch('/api/auth/password', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(change),
  });
  if (res.ok) return undefined;
  const body = (await res.json().catch(() => ({}))) as { errors?: Record<string, string>; message?: string };
  return { errors: body.errors, message: body.message ?? res.statusText };
}
