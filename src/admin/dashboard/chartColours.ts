/**
 * The dashboard's chart colours. Blue and orange stay apart for the common colour-vision
 * deficiencies; every series is also told apart by line style or fill pattern.
 */
export const LINE = { actual: '#1565c0', target: '#e65100', baseline: '#616161' };

export const LEVEL_COLOURS = { green: '#2e7d32', yellow: '#f9a825', red: '#c62828' } as const;

export const BAR = '#1565c0';
