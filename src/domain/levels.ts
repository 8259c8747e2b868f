/** The alert levels (seed 001). Plain values: the panel's first screen imports them. */
export const LEVELS = ['green', 'yellow', 'red'] as const;
export type Level = (typeof LEVELS)[number];
