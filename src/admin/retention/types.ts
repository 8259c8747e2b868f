export type ErasedResource = 'incidents' | 'incidentLogEntries' | 'actionPlans';
export type Counts = Record<ErasedResource, number>;

/** GET /api/retention/preview: counts and dates of what is due, never content. */
export interface RetentionPreview {
  now: Counts;
  next30Days: Counts;
  items: { resource: ErasedResource; id: number; programmeId: number; dueAt: string }[];
  programmes: { id: number; name: string; retentionMonths: number | null }[];
}
