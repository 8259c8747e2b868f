import type { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './passwordRules';

export type Locale = 'da' | 'en';

/** Texts for rules of our own, raised as custom issues with `params: { rule }`. */
const RULES = {
  phone: { da: 'Ugyldigt telefonnummer', en: 'Invalid phone number' },
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
        return da ? `Vælg mindst ${issue.minimum}` : `Choose at least ${issue.minimum}`;
      return da ? `Skal være mindst ${issue.minimum}` : `Must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string')
        return da ? `Må højst være ${issue.maximum} tegn` : `Must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return da ? `Højst ${issue.maximum}` : `At most ${issue.maximum}`;
      return da ? `Må højst være ${issue.maximum}` : `Must be at most ${issue.maximum}`;
    case 'invalid_format':
      return (FORMATS[issue.format] ?? { da: 'Ugyldigt format', en: 'Invalid format' })[locale];
    case 'invalid_value': {
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
