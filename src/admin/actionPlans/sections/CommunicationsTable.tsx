import { useTranslate } from 'react-admin';
import type { ActionPlanInput } from '../../../domain/actionPlanSchema';
import { PlanTable } from './PlanTable';
import { responsibleName, type ParticipantMap } from './useParticipants';

const F = 'resources.actionPlans.fields.communications';
type Communication = ActionPlanInput['communications'][number];

/** Who informs which party, with which key message, by which channel and when. */
export const CommunicationsTable = ({
  rows,
  participants,
}: {
  rows: readonly Communication[];
  participants: ParticipantMap;
}) => {
  const translate = useTranslate();
  return (
    <PlanTable
      label={F}
      columns={[`${F}.audience`, `${F}.keyMessage`, `${F}.informs`, `${F}.channel`, `${F}.when`]}
      rows={rows}
      cells={(c) => [
        c.audience ? translate(`beredskab.audiences.${c.audience}`) : '',
        c.keyMessage,
        responsibleName(participants, c.participantId, c.informedBy),
        c.channel,
        c.when,
      ]}
    />
  );
};
