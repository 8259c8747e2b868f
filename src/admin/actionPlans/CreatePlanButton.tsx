import NoteAddIcon from '@mui/icons-material/NoteAdd';
import OpenInNewIcon from '@mui/icons-material/Launch';
import { Stack } from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  useCanAccess,
  useCreate,
  useGetList,
  useNotify,
  useRecordContext,
  useRedirect,
} from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import { situationOf } from '../../domain/planSituation';

const OPEN_STATUSES = ['draft', 'approved', 'active'];

/**
 * "Opret handleplan" on a yellow or red incident: a draft for the incident's programme with
 * the incident's situation, then straight into the guided form. When the incident already
 * has a plan in progress, "Åbn handleplanen" comes first and a second plan needs a confirmation.
 */
export const CreatePlanButton = () => {
  const incident = useRecordContext();
  const { canAccess } = useCanAccess({
    action: 'create',
    resource: 'actionPlans',
    record: incident && { programmeId: incident.programmeId },
  });
  const [create, { isPending }] = useCreate();
  const redirect = useRedirect();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const { data: plans } = useGetList(
    'actionPlans',
    {
      filter: { incidentIds: incident?.id, status: OPEN_STATUSES },
      sort: { field: 'startDate', order: 'DESC' },
      pagination: { page: 1, perPage: 1 },
    },
    { enabled: incident != null && incident.level !== 'green' },
  );
  if (!incident || incident.level === 'green') return null;
  const openPlan = plans?.[0];
  const onCreate = () =>
    create(
      'actionPlans',
      {
        data: {
          programmeId: incident.programmeId,
          incidentIds: [incident.id],
          situation: situationOf([incident]),
        },
      },
      {
        onSuccess: (plan) => redirect(`/actionPlans/${plan.id}?step=1`),
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  if (!openPlan) {
    if (!canAccess) return null;
    return (
      <LabelledButton
        label="beredskab.actionPlans.create"
        onClick={onCreate}
        disabled={isPending}
        variant="contained"
      >
        <NoteAddIcon />
      </LabelledButton>
    );
  }
  return (
    <Stack direction="row" gap={1} flexWrap="wrap" justifyContent="flex-end">
      <LabelledButton
        label="beredskab.actionPlans.openPlan"
        onClick={() => redirect('show', 'actionPlans', openPlan.id)}
        variant="contained"
      >
        <OpenInNewIcon />
      </LabelledButton>
      {canAccess && (
        <LabelledButton
          label="beredskab.actionPlans.createAnother"
          onClick={() => setConfirming(true)}
          disabled={isPending}
          variant="outlined"
        >
          <NoteAddIcon />
        </LabelledButton>
      )}
      <Confirm
        isOpen={confirming}
        title="beredskab.actionPlans.createAnother"
        content="beredskab.actionPlans.createAnotherConfirm"
        onConfirm={() => {
          setConfirming(false);
          onCreate();
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
};
