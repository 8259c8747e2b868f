import type { Level } from '../../domain/levels';

/** The alert levels' colours, one set for the chips and the dashboard's bars. */
export const LEVEL_COLOURS: Readonly<Record<Level, string>> = {
  green: '#2e7d32',
  yellow: '#f9a825',
  red: '#c62828',
};

/** Text on each level's colour, at WCAG AA contrast. */
export const LEVEL_TEXT: Readonly<Record<Level, string>> = { green: '#fff', yellow: '#000', red: '#fff' };
