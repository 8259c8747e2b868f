export interface SignInOptions {
  /** The organisation's sign-in, when the server has one set up. */
  oidc: { name: string } | null;
  /** false: the local form is for system administrators only. */
  localLogin: boolean;
}

let asked: Promise<SignInOptions> | undefined;

/** What the server offers for signing in, asked once: its answer, or the local form alone when it cannot be asked. */
export function signInOptions(): Promise<SignInOptions> {
  return (asked ??= fetch('/api/auth/options')
    .then((res) => (res.ok ? (res.json() as Promise<SignInOptions>) : Promise.reject(new Error())))
    .catch(() => ({ oidc: null, localLogin: true })));
}
