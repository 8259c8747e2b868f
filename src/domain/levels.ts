import { z } from 'zod';

export const LEVELS = ['green', 'yellow', 'red'] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;
