import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { useParticipants } from '../sections/useParticipants';
import { ActionDialog } from './ActionDialog';
import { DialogTextField } from './DialogTextField';
import { latest, type PlanActionProps } from '../saving/planAction';
import { usePlanUpdate } from '../saving/usePlanUpdate';

/**
 * "Aktivér": approved → active. Every signatory should have approved; activating without
 * them takes a reason, which is kept on the plan.
 */
export const ActivateButton = (props: PlanActionProps) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { signatories } = useParticipants(props.plan.programmeId);
  const { send, isPending, errors } = usePlanUpdate(props.onSaved, { notifyErrors: !open });
  const approved = new Set(
    (props.plan.approvals ?? []).map((a: { participantId: number }) => a.participantId),
  );
  const missing = signatories.filter((s) => !approved.has(s.id));

  const onClick = async () => {
    if (missing.length > 0) return setOpen(true);
    await send(await latest(props), { status: 'active' }, 'beredskab.actionPlans.done.active');
  };
  const confirm = async () => {
    const plan = await latest(props);
    const done = await send(
      plan,
      { status: 'active', activationOverride: reason.trim() },
      'beredskab.actionPlans.done.active',
    );
    if (done) setOpen(false);
  };
  return (
    <>
      <Button
        label="beredskab.actionPlans.actions.activate"
        onClick={onClick}
        disabled={isPending}
        variant="contained"
      >
        <PlayArrowIcon />
      </Button>
      <ActionDialog
        open={open}
        title="beredskab.actionPlans.actions.activateTitle"
        confirm="beredskab.actionPlans.actions.activate"
        onClose={() => setOpen(false)}
        onConfirm={confirm}
        ready={reason.trim() !== ''}
        pending={isPending}
        errors={errors}
      >
        <Typography gutterBottom>
          {translate('beredskab.actionPlans.actions.activateMissing', {
            names: missing.map((s) => s.name).join(', '),
          })}
        </Typography>
        <DialogTextField field="activationOverride" value={reason} onChange={setReason} required autoFocus />
      </ActionDialog>
    </>
  );
};
