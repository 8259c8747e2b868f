import { NumberField, type NumberFieldProps } from 'react-admin';
import { useIntlLocale } from './useIntlLocale';

/** Numbers with the reader's separators (1.991 and 26,8 in Danish). */
export const LocalNumberField = (props: NumberFieldProps) => (
  <NumberField locales={useIntlLocale()} {...props} />
);
