import { useMediaQuery, type Theme } from '@mui/material';

/**
 * Ticks spaced by count, not by measuring. Left to itself recharts measures each tick's label
 * (a hidden span, then getBoundingClientRect) to decide which to skip, and each measure lays out
 * the whole dashboard again: on a phone that was most of the time a chart took to draw. Our
 * labels are short and of known length (years, month names, five value ticks), so how many fit
 * follows from the screen's width alone.
 */
export const ALL_TICKS = 0;

/** recharts' `interval`: how many labels to skip between two shown, so at most `fit` are shown. */
export const spacedFor = (count: number, fit: number) => Math.max(0, Math.ceil(count / fit) - 1);

/** How many short labels (a year, "jan.") fit across a chart: fewer on a phone. */
export const useLabelsThatFit = (): number => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  return phone ? 6 : 12;
};
