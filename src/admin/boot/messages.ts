import englishMessages from 'ra-language-english';
import Polyglot from 'node-polyglot';
import { common as daCommon } from '../i18n/da/common';
import { signIn as daSignIn } from '../i18n/da/signIn';
import { common as enCommon } from '../i18n/en/common';
import { signIn as enSignIn } from '../i18n/en/signIn';
import { raDanish } from '../i18n/raDanish';
import { chosenLocale } from '../providers/chosenLocale';

/**
 * The login form's words from the panel's own message files (the same keys react-admin's
 * login page uses), without react-admin: just the parts the form shows.
 */
export function signInMessages(): (key: string, options?: Record<string, unknown>) => string {
  const locale = chosenLocale();
  document.documentElement.lang = locale;
  const [ra, common, signIn] =
    locale === 'en' ? [englishMessages, enCommon, enSignIn] : [raDanish, daCommon, daSignIn];
  const polyglot = new Polyglot({
    locale,
    phrases: { ra: ra.ra, beredskab: { ...common.beredskab, ...signIn.beredskab } },
  });
  return (key, options) => polyglot.t(key, options);
}
