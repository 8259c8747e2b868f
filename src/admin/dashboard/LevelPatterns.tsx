import { useId } from 'react';
import { Bar, LabelList } from 'recharts';
import { LEVELS, type Level } from '../../domain/levels';
import { LEVEL_COLOURS, LEVEL_OUTLINES } from './chartColours';

/** A prefix for the patterns' ids, unique per chart (ids are global in the document). */
export const usePatternPrefix = () => `levels${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

/**
 * Fills that tell the levels apart without colour: green solid, yellow hatched, red checked.
 * Rendered inside the chart's <svg>, and once more beside its key (LevelKey) for the swatches.
 */
export const LevelPatterns = ({ prefix }: { prefix: string }) => (
  <defs>
    <pattern id={`${prefix}-green`} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={LEVEL_COLOURS.green} />
    </pattern>
    <pattern
      id={`${prefix}-yellow`}
      width="8"
      height="8"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="8" height="8" fill={LEVEL_COLOURS.yellow} />
      <line x1="0" y1="0" x2="0" y2="8" stroke="#000" strokeWidth="3" strokeOpacity="0.45" />
    </pattern>
    <pattern id={`${prefix}-red`} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={LEVEL_COLOURS.red} />
      <path d="M4 0V8M0 4H8" stroke="#fff" strokeWidth="1.5" strokeOpacity="0.8" />
    </pattern>
  </defs>
);

/** Black figures with a white halo: readable on every fill. */
const LABEL_STYLE = { paintOrder: 'stroke', stroke: '#fff', strokeWidth: 3, fontSize: 12, fontWeight: 600 };
const nonZero = (value: unknown) => (value ? String(value) : '');

/** The three levels as stacked bars, named in the tooltip, each segment labelled with its count. */
export function levelBars(prefix: string, name: (level: Level) => string) {
  return LEVELS.map((level) => (
    <Bar
      key={level}
      dataKey={level}
      name={name(level)}
      stackId="level"
      fill={`url(#${prefix}-${level})`}
      stroke={LEVEL_OUTLINES[level]}
      isAnimationActive={false}
    >
      <LabelList dataKey={level} position="center" fill="#000" style={LABEL_STYLE} formatter={nonZero} />
    </Bar>
  ));
}
