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

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: string;
  verticalAnchor?: string;
}

/**
 * A tick's label as plain SVG text. recharts' own (its Text) measures every word of a label
 * given a width, as each axis's ticks are, for wrapping: a forced layout per new label, which
 * short labels on one line never need. Not recharts' class name either: an axis reads the
 * computed font of the first label with that class as it mounts (for `width="auto"`, which these
 * charts do not use), and each such read made the browser work out the page's styles there and then.
 */
export function plainTick(fontSize: number, format: (value: unknown) => string = String) {
  const PlainTick = ({ x, y, payload, textAnchor, verticalAnchor }: TickProps) => (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor as 'start' | 'middle' | 'end' | undefined}
      dy={verticalAnchor === 'start' ? '0.71em' : '0.355em'}
      fontSize={fontSize}
      fill="#666"
      className="chart-tick"
    >
      {format(payload?.value)}
    </text>
  );
  return PlainTick;
}
