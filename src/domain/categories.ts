/** The kinds of unrest named in the preparedness plans (seeds 000–002). */
export const CATEGORIES = [
  'arson',
  'assault',
  'shooting',
  'harassment',
  'fights',
  'vandalism',
  'stoneThrowing',
  'drugDealing',
  'threatsAgainstStaff',
  'eventUnrest',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];
