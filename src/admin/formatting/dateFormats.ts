import { COPENHAGEN_ZONE } from '../../domain/copenhagenDay';

/** Without React or react-admin: the pages drawn before the panel (boot/) write dates too. */
const DAY: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: COPENHAGEN_ZONE,
};
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZone: COPENHAGEN_ZONE };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', timeZone: COPENHAGEN_ZONE };

export interface DateFormats {
  /** A calendar day (2026-10-26) as 26.10.2026; '–' when there is none. */
  day(ymd: string | null | undefined): string;
  /** An instant as 26.10.2026 21.00, in Copenhagen time. */
  instant(iso: string | Date): string;
  /** The clock time alone: 14.32. */
  time(iso: string | Date): string;
  /** The day of an instant without its year, for what is days away: 09.12. */
  dayMonth(iso: string | Date): string;
}

/** Dates as `locale` writes them, in Copenhagen time (the CSV export writes its own: spreadsheetCells.ts). */
export function dateFormats(locale: string): DateFormats {
  return {
    day: (ymd) => (ymd ? new Date(`${ymd.slice(0, 10)}T12:00:00Z`).toLocaleDateString(locale, DAY) : '–'),
    instant: (iso) => {
      const date = new Date(iso);
      return `${date.toLocaleDateString(locale, DAY)} ${date.toLocaleTimeString(locale, TIME)}`;
    },
    time: (iso) => new Date(iso).toLocaleTimeString(locale, TIME),
    dayMonth: (iso) => new Date(iso).toLocaleDateString(locale, DAY_MONTH),
  };
}
