import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { COPENHAGEN_ZONE } from '../../domain/copenhagenDay';
import { useIntlLocale } from './useIntlLocale';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A stored value as plain text for a reader: yes/no, dates as dd.mm.yyyy, objects as JSON.
 * Always text, never markup: whatever a user typed is shown, not interpreted.
 */
export function usePlainValue(): (value: unknown) => string {
  const translate = useTranslate();
  const locale = useIntlLocale();
  return useCallback(
    (value: unknown) => {
      if (value === null || value === undefined || value === '') return '–';
      if (typeof value === 'boolean') return translate(value ? 'beredskab.yes' : 'beredskab.no');
      if (typeof value === 'number') return value.toLocaleString(locale);
      if (typeof value !== 'string') return JSON.stringify(value);
      if (DAY.test(value))
        return new Date(`${value}T12:00:00Z`).toLocaleDateString(locale, { timeZone: COPENHAGEN_ZONE });
      if (INSTANT.test(value) && !Number.isNaN(Date.parse(value)))
        return new Date(value).toLocaleString(locale, {
          timeZone: COPENHAGEN_ZONE,
          dateStyle: 'short',
          timeStyle: 'short',
        });
      return value;
    },
    [translate, locale],
  );
}
