import type { PlanStatus } from './actionPlanSchema';
import type { Category } from './categories';
import type { UNITS } from './kpiSchemas';
import type { Level } from './levels';

/**
 * The Danish names of the domain's values, one place for every reader: the panel's Danish
 * catalogue, the mails and the status workbook all say "Rødt" or "Hærværk" from here, so
 * renaming a label on a screen never silently changes a mail or a workbook.
 */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = { green: 'Grønt', yellow: 'Gult', red: 'Rødt' };

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  arson: 'Ildspåsættelse',
  assault: 'Overfald',
  shooting: 'Skyderi',
  harassment: 'Chikane',
  fights: 'Slåskamp',
  vandalism: 'Hærværk',
  stoneThrowing: 'Stenkast',
  drugDealing: 'Narkotikahandel',
  threatsAgainstStaff: 'Trusler mod medarbejdere',
  eventUnrest: 'Uro omkring en begivenhed',
  other: 'Andet',
};

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  draft: 'Kladde',
  approved: 'Vedtaget',
  active: 'Aktiv',
  ended: 'Afsluttet',
};

export const UNIT_LABELS: Readonly<Record<(typeof UNITS)[number], string>> = {
  count: 'Antal',
  percent: 'Procent',
};

/** A figure for the programme as a whole rather than one area: a grid row, a workbook line. */
export const WHOLE_PROGRAMME = 'Hele helhedsplanen';

/** A stored value's label, or the value itself when it has none (an older record's value). */
export const labelOf = <K extends string>(labels: Readonly<Record<K, string>>, value: unknown): string =>
  typeof value === 'string' && Object.hasOwn(labels, value) ? labels[value as K] : String(value ?? '');
