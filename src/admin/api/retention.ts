import type { Counts, ErasedResource } from '../../domain/retention';

export type { Counts, ErasedResource };

/** GET /api/retention/preview: counts and dates of what is due, never content. */
export interface RetentionPreview {
  now: Counts;
  next30Days: Counts;
  items: { resource: ErasedResource; id: number; programmeId: number; dueAt: string }[];
  programmes: { id: number; name: string; retentionMonths: number | null }[];
}
