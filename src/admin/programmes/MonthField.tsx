import { SelectField } from 'react-admin';
import { useIntlLocale } from '../formatting/useIntlLocale';

/** The twelve months by name in the reader's language, for the project year's first month. */
export function useMonthChoices() {
  const format = new Intl.DateTimeFormat(useIntlLocale(), { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => ({
    id: i + 1,
    name: format.format(new Date(Date.UTC(2025, i, 1))),
  }));
}

export const MonthField = ({ source }: { source: string; label?: string }) => (
  <SelectField source={source} choices={useMonthChoices()} translateChoice={false} />
);
