import { useMemo } from 'react';
import { dateFormats, type DateFormats } from './dateFormats';
import { useIntlLocale } from './useIntlLocale';

/** Dates for text built in code (timelines, the print), written as the reader's locale writes them. */
export function useFormatDate(): DateFormats {
  const locale = useIntlLocale();
  return useMemo(() => dateFormats(locale), [locale]);
}
