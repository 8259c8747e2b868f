import type { ActionPlanInput } from '../../../domain/actionPlanSchema';
import { PlanTable } from './PlanTable';
import { responsibleName, type ParticipantMap } from './useParticipants';

const F = 'resources.actionPlans.fields.interventions';
type Intervention = ActionPlanInput['interventions'][number];

/** What is done, by whom, where, by which staff, when, and the phone of the person in charge. */
export const InterventionsTable = ({
  rows,
  participants,
}: {
  rows: readonly Intervention[];
  participants: ParticipantMap;
}) => (
  <PlanTable
    label={F}
    columns={[`${F}.action`, `${F}.responsible`, `${F}.place`, `${F}.staff`, `${F}.when`, `${F}.phone`]}
    rows={rows}
    cells={(i) => [
      i.action,
      responsibleName(participants, i.participantId, i.party),
      i.place,
      i.staff,
      [i.days, i.timeSpan].filter(Boolean).join(', '),
      i.phone && <span style={{ whiteSpace: 'nowrap' }}>{i.phone}</span>,
    ]}
  />
);
