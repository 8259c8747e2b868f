import StopIcon from '@mui/icons-material/Stop';
import { useState } from 'react';
import { Button } from 'react-admin';
import { ActionDialog } from './ActionDialog';
import { DialogTextField } from './DialogTextField';
import { latest, type PlanActionProps } from '../saving/planAction';
import { usePlanUpdate } from '../saving/usePlanUpdate';

/** "Afslut": active → ended, with SSP's status of the interventions. */
export const EndButton = (props: PlanActionProps) => {
  const [open, setOpen] = useState(false);
  const [sspStatus, setSspStatus] = useState('');
  const { send, isPending, errors } = usePlanUpdate(props.onSaved);
  const confirm = async () => {
    const plan = await latest(props);
    if (
      await send(plan, { status: 'ended', sspStatus: sspStatus.trim() }, 'beredskab.actionPlans.done.ended')
    )
      setOpen(false);
  };
  return (
    <>
      <Button label="beredskab.actionPlans.actions.end" onClick={() => setOpen(true)} disabled={isPending}>
        <StopIcon />
      </Button>
      <ActionDialog
        open={open}
        title="beredskab.actionPlans.actions.endTitle"
        confirm="beredskab.actionPlans.actions.end"
        onClose={() => setOpen(false)}
        onConfirm={confirm}
        ready={sspStatus.trim() !== ''}
        pending={isPending}
        errors={errors}
      >
        <DialogTextField
          field="sspStatus"
          value={sspStatus}
          onChange={setSspStatus}
          minRows={3}
          required
          autoFocus
        />
      </ActionDialog>
    </>
  );
};
