import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { useFormatDate } from '../../formatting/useFormatDate';
import { ActionDialog } from './ActionDialog';
import { latest, type PlanActionProps } from '../saving/planAction';
import { todayInCopenhagen } from './today';
import { usePlanUpdate } from '../saving/usePlanUpdate';

const F = 'resources.actionPlans.fields.revisions';

/**
 * "Forlæng": at the end date SSP makes a status; if unrest continues the plan is revised and
 * extended. The old end date is kept in the revision, never overwritten.
 */
export const ExtendButton = (props: PlanActionProps) => {
  const translate = useTranslate();
  const format = useFormatDate();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ newEndDate: '', reason: '', sspStatus: '' });
  const { send, isPending, errors } = usePlanUpdate(props.onSaved);
  const field = (name: keyof typeof form) => ({
    label: translate(`${F}.${name}`),
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
    fullWidth: true,
    required: true,
    margin: 'dense' as const,
  });
  const confirm = async () => {
    const plan = await latest(props);
    const revision = { date: todayInCopenhagen(), previousEndDate: plan.endDate, ...form };
    const changes = { endDate: form.newEndDate, revisions: [...(plan.revisions ?? []), revision] };
    if (await send(plan, changes, 'beredskab.actionPlans.done.extended')) setOpen(false);
  };
  return (
    <>
      <Button label="beredskab.actionPlans.actions.extend" onClick={() => setOpen(true)} disabled={isPending}>
        <EventRepeatIcon />
      </Button>
      <ActionDialog
        open={open}
        title="beredskab.actionPlans.actions.extendTitle"
        confirm="beredskab.actionPlans.actions.extend"
        onClose={() => setOpen(false)}
        onConfirm={confirm}
        ready={Object.values(form).every((v) => v.trim() !== '')}
        pending={isPending}
        errors={errors}
      >
        <Typography gutterBottom>
          {translate('beredskab.actionPlans.actions.extendIntro', { date: format.day(props.plan.endDate) })}
        </Typography>
        <TextField
          {...field('newEndDate')}
          type="date"
          autoFocus
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: props.plan.endDate ?? undefined } }}
        />
        <TextField {...field('reason')} multiline minRows={2} />
        <TextField {...field('sspStatus')} multiline minRows={3} />
      </ActionDialog>
    </>
  );
};
