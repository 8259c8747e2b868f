import englishMessages from 'ra-language-english';
import Polyglot from 'node-polyglot';
import type { MessagePart } from '../i18n/compose';
import { common as daCommon } from '../i18n/da/common';
import { signIn as daSignIn } from '../i18n/da/signIn';
import { common as enCommon } from '../i18n/en/common';
import { signIn as enSignIn } from '../i18n/en/signIn';
import { raDanish } from '../i18n/raDanish';
import { chosenLocale, type PanelLocale } from '../providers/chosenLocale';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The words of the pages drawn before react-admin (the login form, the quick incident form)
 * from the panel's own message files, with the same keys: the common and sign-in parts, and
 * a page's own part in each language beside them.
 */
export function bootMessages(page?: Record<PanelLocale, MessagePart>): Translate {
  const locale = chosenLocale();
  document.documentElement.lang = locale;
  const [ra, common, signIn] =
    locale === 'en' ? [englishMessages, enCommon, enSignIn] : [raDanish, daCommon, daSignIn];
  const own = page?.[locale] ?? {};
  const polyglot = new Polyglot({
    locale,
    phrases: {
      ra: ra.ra,
      resources: own.resources ?? {},
      beredskab: { ...common.beredskab, ...signIn.beredskab, ...own.beredskab },
    },
  });
  return (key, options) => polyglot.t(key, options);
}
