import type { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './passwordRules';

export type Locale = 'da' | 'en';

/** Texts for rules of our own, raised as custom issues with `params: { rule }`. */
const RULES = {
  phone: { da: 'Ugyldigt telefonnummer', en: 'Invalid phone number' },
  yearRange: {
    da: 'Datoen skal ligge mellem år 1900 og 2100',
    en: 'The date must lie between the years 1900 and 2100',
  },
  endBeforeStart: {
    da: 'Slutdatoen skal ligge efter startdatoen',
    en: 'The end date must be after the start date',
  },
  beforeOccurred: { da: 'Kan ikke ligge før hændelsen', en: 'Cannot be before the incident' },
  notSelf: {
    da: 'En deltager kan ikke være sin egen suppleant',
    en: 'A participant cannot be their own deputy',
  },
  missingReference: { da: 'Findes ikke', en: 'Does not exist' },
  otherProgramme: { da: 'Hører til en anden helhedsplan', en: 'Belongs to another programme' },
  tooShort: {
    da: `Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH} tegn`,
    en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters`,
  },
  emailForInvitation: {
    da: 'Angiv en e-mail, så brugeren kan få en invitation, eller en adgangskode',
    en: 'Give an e-mail for the invitation, or a password',
  },
  startAsDraft: { da: 'En handleplan begynder som kladde', en: 'An action plan starts as a draft' },
  statusTransition: { da: 'Det statusskift er ikke tilladt', en: 'That status change is not allowed' },
  planEnded: {
    da: 'Planen er afsluttet; kun evalueringen kan skrives',
    en: 'The plan has ended; only the evaluation can be written',
  },
  needsResponsible: {
    da: 'Hver indsats skal have en ansvarlig deltager eller part',
    en: 'Every intervention needs a responsible participant or party',
  },
  missingApprovals: {
    da: 'Alle underskrivere skal have godkendt planen, eller angiv en begrundelse for at aktivere uden',
    en: 'Every signatory must approve the plan, or give a reason to activate without',
  },
  endDateByRevision: {
    da: 'Slutdatoen ændres ved at forlænge planen (en revision), ikke ved at overskrive den',
    en: 'The end date changes by extending the plan (a revision), not by overwriting it',
  },
  revisionsAppendOnly: {
    da: 'Tidligere revisioner kan ikke ændres eller slettes',
    en: 'Earlier revisions cannot be changed or removed',
  },
  revisionNotNow: {
    da: 'En vedtaget eller aktiv plan forlænges med én revision ad gangen',
    en: 'An agreed or active plan is extended by one revision at a time',
  },
  revisionMismatch: {
    da: 'Revisionen skal gå fra den nuværende slutdato til den nye',
    en: 'The revision must run from the current end date to the new one',
  },
  extensionNotLater: {
    da: 'Den nye slutdato skal ligge efter den gamle',
    en: 'The new end date must be after the old one',
  },
  needsSspStatus: {
    da: 'SSP’s status på indsatserne skal skrives, før planen afsluttes',
    en: 'SSP’s status of the interventions is needed before the plan ends',
  },
  evaluationOnlyEnded: {
    da: 'Evalueringen skrives, når planen er afsluttet',
    en: 'The evaluation is written once the plan has ended',
  },
  duplicateApproval: {
    da: 'Hver underskriver godkender kun én gang',
    en: 'Each signatory approves only once',
  },
  notSignatory: {
    da: 'Kun deltagere, der underskriver planen, kan godkende den',
    en: 'Only participants who sign the plan can approve it',
  },
  approvalsNotYet: {
    da: 'Godkendelser registreres, når planen er vedtaget',
    en: 'Approvals are recorded once the plan is agreed',
  },
  approvalsAppendOnly: {
    da: 'En registreret godkendelse kan ikke ændres eller fjernes',
    en: 'A recorded approval cannot be changed or removed',
  },
  incidentNotActivated: {
    da: 'Hændelsesloggen føres for gule og røde hændelser',
    en: 'The incident log is kept for yellow and red incidents',
  },
  meetingBeforeIncident: {
    da: 'Beredskabsmødet kan ikke ligge før hændelsen',
    en: 'The response meeting cannot be before the incident',
  },
  correctionOtherIncident: {
    da: 'En rettelse skal henvise til en logpost for samme hændelse',
    en: 'A correction must refer to a log entry of the same incident',
  },
  duplicateCode: {
    da: 'Koden bruges allerede i helhedsplanen',
    en: 'The code is already used in the programme',
  },
  indicatorHasFigures: {
    da: 'Kan ikke flyttes til en anden helhedsplan: indikatoren har {count} målinger',
    en: 'Cannot move to another programme: the indicator has {count} measurements',
  },
  wholeNumber: { da: 'Skal være et helt tal', en: 'Must be a whole number' },
  notNegative: { da: 'Må ikke være negativ', en: 'Must not be negative' },
  notANumber: { da: 'Ikke et tal', en: 'Not a number' },
  percentRange: { da: 'En procent skal ligge mellem 0 og 100', en: 'A percentage must be between 0 and 100' },
  areaRequired: { da: 'Vælg boligområdet', en: 'Choose the housing area' },
  programmeWide: {
    da: 'Indikatoren måles for hele helhedsplanen, ikke pr. område',
    en: 'The indicator is measured for the whole programme, not per area',
  },
  duplicateMeasurement: {
    da: 'Der findes allerede et tal for dette område og år',
    en: 'There is already a figure for this area and year',
  },
  relockNotAllowed: { da: 'Lås året på ny med en ny lås', en: 'Lock the year again with a new lock' },
  unlockReasonRequired: { da: 'Angiv hvorfor året låses op', en: 'Give the reason for unlocking the year' },
  alreadyLocked: { da: 'Året er allerede låst', en: 'The year is already locked' },
  sameAsUsername: {
    da: 'Adgangskoden må ikke være brugernavnet',
    en: 'The password must not be the username',
  },
} as const;
export type RuleKey = keyof typeof RULES;

export function ruleMessage(rule: RuleKey, locale: Locale = 'da'): string {
  return RULES[rule][locale];
}

const TYPES: Record<string, { da: string; en: string }> = {
  number: { da: 'Skal være et tal', en: 'Must be a number' },
  int: { da: 'Skal være et helt tal', en: 'Must be a whole number' },
  boolean: { da: 'Skal være ja eller nej', en: 'Must be yes or no' },
  string: { da: 'Skal være tekst', en: 'Must be text' },
  array: { da: 'Skal være en liste', en: 'Must be a list' },
  object: { da: 'Skal være et objekt', en: 'Must be an object' },
};

const FORMATS: Record<string, { da: string; en: string }> = {
  datetime: { da: 'Ugyldigt tidspunkt', en: 'Invalid date and time' },
  date: { da: 'Ugyldig dato', en: 'Invalid date' },
  email: { da: 'Ugyldig e-mailadresse', en: 'Invalid email address' },
};

type Issue = z.core.$ZodRawIssue;

function message(issue: Issue, locale: Locale): string {
  const da = locale === 'da';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return da ? 'Skal udfyldes' : 'Required';
      return (TYPES[issue.expected] ?? TYPES.string!)[locale];
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? da
            ? 'Skal udfyldes'
            : 'Required'
          : da
            ? `Skal være mindst ${issue.minimum} tegn`
            : `Must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array')
        return da ? `Der skal være mindst ${issue.minimum}` : `At least ${issue.minimum} required`;
      return da ? `Skal være mindst ${issue.minimum}` : `Must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string')
        return da ? `Må højst være ${issue.maximum} tegn` : `Must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return da ? `Højst ${issue.maximum}` : `At most ${issue.maximum}`;
      return da ? `Må højst være ${issue.maximum}` : `Must be at most ${issue.maximum}`;
    case 'invalid_format':
      return (FORMATS[issue.format] ?? { da: 'Ugyldigt format', en: 'Invalid format' })[locale];
    case 'invalid_value': {
      if (issue.input === undefined || issue.input === null || issue.input === '')
        return da ? 'Skal udfyldes' : 'Required';
      const allowed = issue.values.map(String).join(', ');
      return da ? `Ugyldig værdi. Tilladt: ${allowed}` : `Invalid value. Allowed: ${allowed}`;
    }
    case 'custom': {
      const rule = issue.params?.rule as RuleKey | undefined;
      if (rule && rule in RULES) return RULES[rule][locale];
      return da ? 'Ugyldig værdi' : 'Invalid value';
    }
    default:
      return da ? 'Ugyldig værdi' : 'Invalid value';
  }
}

/** A zod error map in the user's language; the server answers in Danish. */
export function errorMap(locale: Locale = 'da') {
  return (issue: Issue) => message(issue, locale);
}

/** Flattens zod issues to `{ "funding.lbf": "text" }`, the shape react-admin puts next to fields. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    errors[key] ??= issue.message;
  }
  return errors;
}
