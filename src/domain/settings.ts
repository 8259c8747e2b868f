import { z } from 'zod';

/** Who must sign in with a second factor: nobody, administrators (system or programme), every local user. */
export const SECOND_FACTOR_POLICIES = ['none', 'admins', 'everyone'] as const;
export type SecondFactorPolicy = (typeof SECOND_FACTOR_POLICIES)[number];

/** The panel's own settings, set by the system administrator (GET|PUT /api/settings). */
export const settingsSchema = z.object({ secondFactor: z.enum(SECOND_FACTOR_POLICIES) });
export type Settings = z.infer<typeof settingsSchema>;

/** What a store that was never given settings means. */
export const DEFAULT_SETTINGS: Settings = { secondFactor: 'none' };
