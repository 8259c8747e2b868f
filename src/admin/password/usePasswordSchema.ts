import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { z } from 'zod';
import { passwordChangeSchema } from '../../domain/userSchema';

/** The server's rule for a new password, plus the form's own: the repetition must match. */
export function usePasswordSchema() {
  const translate = useTranslate();
  return useMemo(() => {
    // Checked beside the server's rule, not after it, so a mismatch shows at once.
    const repeated = z
      .object({ newPassword: z.unknown(), repeatPassword: z.unknown() })
      .superRefine(({ newPassword, repeatPassword }, ctx) => {
        if ((repeatPassword ?? '') !== (newPassword ?? ''))
          ctx.addIssue({
            code: 'custom',
            path: ['repeatPassword'],
            message: translate('beredskab.password.mismatch'),
          });
      });
    return z.intersection(passwordChangeSchema, repeated);
  }, [translate]);
}
