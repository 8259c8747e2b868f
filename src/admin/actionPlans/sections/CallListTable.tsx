import type { ActionPlanInput } from '../../../domain/actionPlanSchema';
import { PlanTable } from './PlanTable';

const F = 'resources.actionPlans.fields.callList';

/** Which staff member contacts whom (seed 002: caretakers, resident networks, volunteers, …). */
export const CallListTable = ({ rows }: { rows: readonly ActionPlanInput['callList'][number][] }) => (
  <PlanTable
    label={F}
    columns={[`${F}.staff`, `${F}.contacts`]}
    rows={rows}
    cells={(r) => [r.staff, r.contacts]}
  />
);
