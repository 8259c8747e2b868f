import { LEVEL_COLOURS } from '../chips/levelColours';

/**
 * The dashboard's chart colours. Blue and orange stay apart for the common colour-vision
 * deficiencies; every series is also told apart by line style or fill pattern.
 */
export const LINE = { actual: '#1565c0', target: '#e65100', baseline: '#616161' };

export { LEVEL_COLOURS };

/** The bars' outlines: yellow on white is 2:1, so its outline is a dark amber (5:1, WCAG 1.4.11 asks 3:1). */
export const LEVEL_OUTLINES = { ...LEVEL_COLOURS, yellow: '#8a6500' } as const;

export const BAR = '#1565c0';
