import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { a11y } from './en/a11y';
import { composeMessages } from './compose';
import { actionPlans } from './en/actionPlans';
import { audit } from './en/audit';
import { callIn } from './en/callIn';
import { escalation } from './en/escalation';
import { common } from './en/common';
import { dashboard } from './en/dashboard';
import { incidentLog } from './en/incidentLog';
import { incidents } from './en/incidents';
import { kpiGrid } from './en/kpiGrid';
import { kpis } from './en/kpis';
import { participants } from './en/participants';
import { programmes } from './en/programmes';
import { reporting } from './en/reporting';
import { recordPhrases } from './en/recordPhrases';
import { retention } from './en/retention';
import { start } from './en/start';
import { operations } from './en/operations';
import { signIn } from './en/signIn';
import { secondFactor } from './en/secondFactor';
import { users } from './en/users';

/** English, one file per area in en/, each typed by its Danish counterpart. */
export const en: TranslationMessages = {
  ...englishMessages,
  ...composeMessages(
    [
      common,
      programmes,
      participants,
      incidents,
      incidentLog,
      callIn,
      escalation,
      actionPlans,
      kpis,
      kpiGrid,
      reporting,
      dashboard,
      users,
      signIn,
      secondFactor,
      audit,
      retention,
      start,
      operations,
      a11y,
    ],
    recordPhrases,
  ),
};
