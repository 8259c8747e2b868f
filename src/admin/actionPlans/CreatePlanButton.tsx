import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { Button, useCanAccess, useCreate, useNotify, useRecordContext, useRedirect } from 'react-admin';

/**
 * "Opret handleplan" on a yellow or red incident: a draft for the incident's programme,
 * then straight into the guided form.
 */
export const CreatePlanButton = () => {
  const incident = useRecordContext();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'actionPlans' });
  const [create, { isPending }] = useCreate();
  const redirect = useRedirect();
  const notify = useNotify();
  if (!incident || !canAccess || incident.level === 'green') return null;
  const onClick = () =>
    create(
      'actionPlans',
      { data: { programmeId: incident.programmeId, incidentIds: [incident.id] } },
      {
        onSuccess: (plan) => redirect(`/actionPlans/${plan.id}?step=1`),
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <Button label="beredskab.actionPlans.create" onClick={onClick} disabled={isPending} variant="contained">
      <NoteAddIcon />
    </Button>
  );
};
