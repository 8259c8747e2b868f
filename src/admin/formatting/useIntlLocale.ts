import { useLocaleState } from 'react-admin';

/** The Intl locale for dates and numbers: 24.04.2025 and 26,8 % in Danish. */
export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en-GB' : 'da-DK';
}
