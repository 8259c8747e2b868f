import polyglotI18nProvider from 'ra-i18n-polyglot';
import { da } from '../i18n/da';
import { en } from '../i18n/en';

export type PanelLocale = 'da' | 'en';

/** Danish first; English can be chosen in the app bar. */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : da), 'da', [
  { locale: 'da', name: 'Dansk' },
  { locale: 'en', name: 'English' },
]);
