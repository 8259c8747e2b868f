import { useMemo } from 'react';
import { useIntlLocale } from './useIntlLocale';

export interface NumberFormats {
  /** 1.991 and 26,8 in Danish; '–' when there is none. */
  number(value: number | null | undefined, maxDigits?: number): string;
  /** A figure on a 0–100 scale: 26,8 %. */
  percent(value: number | null | undefined): string;
  /** A share on a 0–1 scale: 0.667 as 66,7 %. */
  share(value: number | null | undefined): string;
  /** A figure in an indicator's unit: counts as numbers, rates with %. */
  inUnit(value: number | null | undefined, unit: string): string;
  /** A change, always with its sign: +2, -1,7. */
  signed(value: number, maxDigits?: number): string;
}

/** Numbers for text built in code (cards, charts, the grid), with the reader's decimal mark. */
export function useFormatNumber(): NumberFormats {
  const locale = useIntlLocale();
  return useMemo(() => {
    const formats = new Map<string, Intl.NumberFormat>();
    const formatter = (maxDigits: number, signDisplay: 'auto' | 'exceptZero') => {
      const key = `${maxDigits}${signDisplay}`;
      if (!formats.has(key))
        formats.set(key, new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits, signDisplay }));
      return formats.get(key)!;
    };
    const number = (value: number | null | undefined, maxDigits = 2) =>
      value === null || value === undefined || !Number.isFinite(value)
        ? '–'
        : formatter(maxDigits, 'auto').format(value);
    // A no-break space keeps "26,8 %" on one line, as Danish typesetting writes it.
    const percent = (value: number | null | undefined) =>
      value === null || value === undefined ? '–' : `${number(value, 2)}\u00a0%`;
    return {
      number,
      percent,
      share: (value) => (value === null || value === undefined ? '–' : percent(value * 100)),
      inUnit: (value, unit) => (unit === 'percent' ? percent(value) : number(value)),
      signed: (value, maxDigits = 2) => formatter(maxDigits, 'exceptZero').format(value),
    };
  }, [locale]);
}
