import { DateTime } from 'luxon';
import { COPENHAGEN_ZONE } from './copenhagenDay';

/**
 * How a CSV cell is written so that Danish Excel and LibreOffice open it right: as text
 * when it could run as a formula, and dates in a form both read as dates.
 */

/** A number as the export writes it (-12,5): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(,\d+)?$/;
/** What starts a formula (or a DDE command) in Excel or LibreOffice: OWASP's CSV-injection list. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as the text it is: one that could start a formula gets a
 * leading apostrophe (OWASP's rule), so `=HYPERLINK(…)` in a user name is not a live link.
 */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A calendar day (2026-12-03) as 03-12-2026: Danish Excel and LibreOffice read it as a date. */
export function spreadsheetDay(ymd: string): string {
  return DateTime.fromISO(ymd.slice(0, 10), { zone: COPENHAGEN_ZONE }).toFormat('dd-LL-yyyy');
}

/** An instant as 03-12-2026 10:30 in Copenhagen time: a date and time to Danish spreadsheets ("10.30" is text to them). */
export function spreadsheetInstant(iso: string): string {
  return DateTime.fromISO(iso).setZone(COPENHAGEN_ZONE).toFormat('dd-LL-yyyy HH:mm');
}
