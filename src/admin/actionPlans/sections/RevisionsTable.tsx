import type { ActionPlanInput } from '../../../domain/actionPlanSchema';
import { useFormatDate } from '../../formatting/useFormatDate';
import { PlanTable } from './PlanTable';

const F = 'resources.actionPlans.fields.revisions';

/** Every extension, each keeping the end date it replaced. */
export const RevisionsTable = ({ rows }: { rows: readonly ActionPlanInput['revisions'][number][] }) => {
  const format = useFormatDate();
  return (
    <PlanTable
      label={F}
      columns={[`${F}.date`, `${F}.previousEndDate`, `${F}.newEndDate`, `${F}.reason`, `${F}.sspStatus`]}
      rows={rows}
      empty="beredskab.actionPlans.noRevisions"
      cells={(r) => [
        format.day(r.date),
        format.day(r.previousEndDate),
        format.day(r.newEndDate),
        r.reason,
        r.sspStatus,
      ]}
    />
  );
};
