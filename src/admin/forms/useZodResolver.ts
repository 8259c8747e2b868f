import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { errorMap } from '../../domain/messages';

/**
 * The server's own schema checks the form before it is sent, with messages in the
 * user's language. Values are validated, not replaced: the server does the transforms.
 */
export function useZodResolver(schema: z.ZodType) {
  const [locale] = useLocaleState();
  return useMemo(
    () =>
      zodResolver(
        schema as z.ZodType<FieldValues, FieldValues>,
        { error: errorMap(locale === 'en' ? 'en' : 'da') },
        { raw: true },
      ),
    [schema, locale],
  );
}
