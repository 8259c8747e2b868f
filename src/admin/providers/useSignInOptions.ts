import { useEffect, useState } from 'react';

export interface SignInOptions {
  /** The organisation's sign-in, when the server has one set up. */
  oidc: { name: string } | null;
  /** false: the local form is for system administrators only. */
  localLogin: boolean;
}

/** What the server offers for signing in: its answer, or the local form alone when it cannot be asked. */
export function useSignInOptions(): SignInOptions | undefined {
  const [options, setOptions] = useState<SignInOptions>();
  useEffect(() => {
    fetch('/api/auth/options')
      .then((res) => (res.ok ? (res.json() as Promise<SignInOptions>) : Promise.reject(new Error())))
      .then(setOptions, () => setOptions({ oidc: null, localLogin: true }));
  }, []);
  return options;
}
