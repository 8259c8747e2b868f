import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PlanActionProps } from '../saving/planAction';
import { useParticipants } from '../sections/useParticipants';
import { DialogButton } from './DialogButton';
import { DialogTextField } from './DialogTextField';

/**
 * "Aktivér": approved → active. Every signatory should have approved; activating without
 * them takes a reason, which is kept on the plan.
 */
export const ActivateButton = (props: PlanActionProps) => {
  const translate = useTranslate();
  const { signatories } = useParticipants(props.plan.programmeId);
  const approved = new Set(
    (props.plan.approvals ?? []).map((a: { participantId: number }) => a.participantId),
  );
  const missing = signatories.filter((s) => !approved.has(s.id));
  return (
    <DialogButton
      {...props}
      label="beredskab.actionPlans.actions.activate"
      icon={<PlayArrowIcon />}
      variant="contained"
      title="beredskab.actionPlans.actions.activateTitle"
      withoutDialog={missing.length === 0 ? { status: 'active' } : undefined}
      initial={{ activationOverride: '' }}
      ready={(v) => v.activationOverride.trim() !== ''}
      change={(v) => ({ status: 'active', activationOverride: v.activationOverride.trim() })}
      done="beredskab.actionPlans.done.active"
    >
      {(bind) => (
        <>
          <Typography gutterBottom>
            {translate('beredskab.actionPlans.actions.activateMissing', {
              names: missing.map((s) => s.name).join(', '),
            })}
          </Typography>
          <DialogTextField field="activationOverride" {...bind('activationOverride')} required autoFocus />
        </>
      )}
    </DialogButton>
  );
};
