export interface SignInOptions {
  /** The organisation's sign-in, when the server has one set up. */
  oidc: { name: string } | null;
  /** false: the local form is for system administrators only. */
  localLogin: boolean;
}

/** The last answer, kept for the next visit's first screen (public: a name and a flag). */
const KEPT = 'beredskab.signInOptions';

let asked: Promise<SignInOptions> | undefined;

/** What the server offers for signing in, asked once: its answer, or the local form alone when it cannot be asked. */
export function signInOptions(): Promise<SignInOptions> {
  return (asked ??= fetch('/api/auth/options')
    .then((res) => (res.ok ? (res.json() as Promise<SignInOptions>) : Promise.reject(new Error())))
    .then((options) => {
      try {
        localStorage.setItem(KEPT, JSON.stringify(options));
      } catch {
        // Private mode: the next visit asks first.
      }
      return options;
    })
    .catch(() => ({ oidc: null, localLogin: true })));
}

/** What the server offered at the last visit, if this browser has been here. */
export function keptSignInOptions(): SignInOptions | undefined {
  try {
    const kept = JSON.parse(localStorage.getItem(KEPT) ?? 'null') as SignInOptions | null;
    return kept && typeof kept.localLogin === 'boolean' ? kept : undefined;
  } catch {
    return undefined;
  }
}
