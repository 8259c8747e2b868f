import RateReviewIcon from '@mui/icons-material/RateReview';
import { useState } from 'react';
import { Button } from 'react-admin';
import { ActionDialog } from './ActionDialog';
import { DialogTextField } from './DialogTextField';
import { latest, type PlanActionProps } from '../saving/planAction';
import { usePlanUpdate } from '../saving/usePlanUpdate';

const FIELDS = ['worked', 'rightChannels', 'changes'] as const;
type Evaluation = Record<(typeof FIELDS)[number], string>;

/** "Skriv evaluering" after the activation (seed 001): did it work, were the right channels used. */
export const EvaluationButton = (props: PlanActionProps) => {
  const stored = (props.plan.evaluation ?? {}) as Partial<Evaluation>;
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<Evaluation>({ worked: '', rightChannels: '', changes: '' });
  const { send, isPending, errors } = usePlanUpdate(props.onSaved);
  const start = () => {
    setForm({
      worked: stored.worked ?? '',
      rightChannels: stored.rightChannels ?? '',
      changes: stored.changes ?? '',
    });
    setOpen(true);
  };
  const confirm = async () => {
    const plan = await latest(props);
    if (await send(plan, { evaluation: form }, 'beredskab.actionPlans.done.evaluated')) setOpen(false);
  };
  return (
    <>
      <Button label="beredskab.actionPlans.actions.evaluate" onClick={start} disabled={isPending}>
        <RateReviewIcon />
      </Button>
      <ActionDialog
        open={open}
        title="beredskab.actionPlans.actions.evaluateTitle"
        confirm="ra.action.save"
        onClose={() => setOpen(false)}
        onConfirm={confirm}
        ready={FIELDS.some((f) => form[f].trim() !== '')}
        pending={isPending}
        errors={errors}
      >
        {FIELDS.map((name, i) => (
          <DialogTextField
            key={name}
            field={`evaluation.${name}`}
            value={form[name]}
            onChange={(value) => setForm({ ...form, [name]: value })}
            autoFocus={i === 0}
          />
        ))}
      </ActionDialog>
    </>
  );
};
