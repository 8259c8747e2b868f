import { DateField, type DateFieldProps } from 'react-admin';
import { COPENHAGEN_ZONE } from '../../domain/copenhagenDay';
import { useIntlLocale } from './useIntlLocale';

const DATE: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: COPENHAGEN_ZONE,
};
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit' };

/** Dates as a Danish reader writes them (24.04.2025 10.15), always in Copenhagen time. */
export const LocalDateField = (props: DateFieldProps) => (
  <DateField locales={useIntlLocale()} options={props.showTime ? DATE_TIME : DATE} {...props} />
);
