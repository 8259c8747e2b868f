/**
 * A figure in a file from a Danish spreadsheet, read as a Danish reader reads it: a
 * decimal comma (19,5), a point or a space between groups of three digits only
 * (10.000, 10 000), a percent sign allowed (25 %). Text that looks like a date is no
 * figure, and a point elsewhere is refused rather than guessed at.
 */
export type Reading = { value: number; error?: undefined } | { value?: undefined; error: string };

const MONTH = '(0?[1-9]|1[0-2])';
const YEAR = '(19|20)\\d{2}';
/** 24.04.2025, 2025-04-24, 12.2020 (a month): what a cell formatted as a date becomes in a CSV. */
const DATE_LIKE = new RegExp(
  `^(\\d{1,2}[./-]${MONTH}[./-](\\d{2}|${YEAR})|${YEAR}-\\d{2}-\\d{2}|${MONTH}[./-]${YEAR})$`,
);
const GROUPED = /^-?\d{1,3}([. \u00a0]\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;

export function readDanishNumber(text: string): Reading {
  const written = text.trim();
  const bare = written.replace(/\s*%$/, '');
  if (bare === '') return { error: 'Ikke et tal' };
  if (DATE_LIKE.test(bare)) return { error: 'Ligner en dato, ikke et tal' };
  if (GROUPED.test(bare) || PLAIN.test(bare)) {
    const value = Number(bare.replace(/[. \u00a0]/g, '').replace(',', '.'));
    if (Number.isFinite(value)) return { value };
  }
  if (/^-?\d+\.\d+$/.test(bare))
    return {
      error: `Punktum står kun mellem tusinder i danske tal; skriv decimaler med komma (${bare.replace('.', ',')})`,
    };
  return { error: 'Ikke et tal' };
}
