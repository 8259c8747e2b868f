import polyglotI18nProvider from 'ra-i18n-polyglot';
import { da } from '../i18n/da';
import { en } from '../i18n/en';
import { chosenLocale, type PanelLocale } from './chosenLocale';

export type { PanelLocale };

/** The page's language follows the panel's, so a screen reader pronounces English as English. */
const messagesFor = (locale: string) => {
  document.documentElement.lang = locale === 'en' ? 'en' : 'da';
  return locale === 'en' ? en : da;
};

/** Danish first; English can be chosen in the app bar (and is then where the panel starts). */
export const i18nProvider = polyglotI18nProvider(messagesFor, chosenLocale(), [
  { locale: 'da', name: 'Dansk' },
  { locale: 'en', name: 'English' },
]);
