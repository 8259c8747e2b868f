import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { copenhagenDate } from '../../../domain/copenhagenDay';
import { useFormatDate } from '../../formatting/useFormatDate';
import type { PlanActionProps } from '../saving/planAction';
import { DialogButton, type Bind } from './DialogButton';

const F = 'resources.actionPlans.fields.revisions';
type Revision = { newEndDate: string; reason: string; sspStatus: string };

/**
 * "Forlæng": at the end date SSP makes a status; if unrest continues the plan is revised and
 * extended. The old end date is kept in the revision, never overwritten.
 */
export const ExtendButton = (props: PlanActionProps) => {
  const translate = useTranslate();
  const format = useFormatDate();
  const field = (bind: Bind<Revision>, name: keyof Revision) => {
    const { value, onChange } = bind(name);
    return {
      label: translate(`${F}.${name}`),
      value,
      onChange: (e: { target: { value: string } }) => onChange(e.target.value),
      fullWidth: true,
      required: true,
      margin: 'dense' as const,
    };
  };
  return (
    <DialogButton<Revision>
      {...props}
      label="beredskab.actionPlans.actions.extend"
      icon={<EventRepeatIcon />}
      title="beredskab.actionPlans.actions.extendTitle"
      initial={{ newEndDate: '', reason: '', sspStatus: '' }}
      ready={(v) => Object.values(v).every((value) => value.trim() !== '')}
      change={(v, plan) => {
        const revision = { date: copenhagenDate(new Date()), previousEndDate: plan.endDate, ...v };
        return { endDate: v.newEndDate, revisions: [...(plan.revisions ?? []), revision] };
      }}
      done="beredskab.actionPlans.done.extended"
    >
      {(bind) => (
        <>
          <Typography gutterBottom>
            {translate('beredskab.actionPlans.actions.extendIntro', { date: format.day(props.plan.endDate) })}
          </Typography>
          <TextField
            {...field(bind, 'newEndDate')}
            type="date"
            autoFocus
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: props.plan.endDate ?? undefined } }}
          />
          <TextField {...field(bind, 'reason')} multiline minRows={2} />
          <TextField {...field(bind, 'sspStatus')} multiline minRows={3} />
        </>
      )}
    </DialogButton>
  );
};
