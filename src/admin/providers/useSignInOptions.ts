import { useEffect, useState } from 'react';
import { signInOptions, type SignInOptions } from './signInOptions';

export type { SignInOptions };

/** What the server offers for signing in (asked once per page; the login that opened the panel asked already). */
export function useSignInOptions(): SignInOptions | undefined {
  const [options, setOptions] = useState<SignInOptions>();
  useEffect(() => {
    void signInOptions().then(setOptions);
  }, []);
  return options;
}
