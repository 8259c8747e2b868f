import type { RaRecord } from 'react-admin';

/** What every step of the plan's life gets: the plan, and how to hear that it was stored. */
export interface PlanActionProps {
  plan: RaRecord;
  /** The plan to send, as fresh as can be: in the guided form, the typed values after a save. */
  getPlan?: () => Promise<RaRecord>;
  onSaved?: (record: RaRecord) => void;
}

export const latest = ({ plan, getPlan }: PlanActionProps) => (getPlan ? getPlan() : Promise.resolve(plan));
