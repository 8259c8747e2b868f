export const MIN_PASSWORD_LENGTH = 10;

export type PasswordProblem = 'tooShort' | 'sameAsUsername';

/** Why a password is refused, or undefined when it is acceptable. */
export function passwordProblem(username: string, password: string): PasswordProblem | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'sameAsUsername';
  return undefined;
}
