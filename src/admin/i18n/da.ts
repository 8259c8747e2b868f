import type { TranslationMessages } from 'react-admin';
import { a11y } from './da/a11y';
import { composeMessages } from './compose';
import { actionPlans } from './da/actionPlans';
import { audit } from './da/audit';
import { callIn } from './da/callIn';
import { escalation } from './da/escalation';
import { common } from './da/common';
import { dashboard } from './da/dashboard';
import { incidentLog } from './da/incidentLog';
import { incidents } from './da/incidents';
import { kpiGrid } from './da/kpiGrid';
import { kpis } from './da/kpis';
import { participants } from './da/participants';
import { programmes } from './da/programmes';
import { reporting } from './da/reporting';
import { recordPhrases } from './da/recordPhrases';
import { retention } from './da/retention';
import { start } from './da/start';
import { operations } from './da/operations';
import { signIn } from './da/signIn';
import { secondFactor } from './da/secondFactor';
import { users } from './da/users';
import { raDanish } from './raDanish';

/** Danish, one file per area in da/; en.ts mirrors it key for key (the compiler checks each area). */
export const da: TranslationMessages = {
  ...raDanish,
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
