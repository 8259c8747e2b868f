import CheckIcon from '@mui/icons-material/Check';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { LabelledButton } from '../../buttons/LabelledButton';
import { completenessErrors } from '../../../domain/actionPlanRules';
import type { ActionPlanInput } from '../../../domain/actionPlanSchema';
import { latest, type PlanActionProps } from '../saving/planAction';
import { PlanErrorsAlert } from '../saving/PlanErrorsAlert';
import { usePlanUpdate } from '../saving/usePlanUpdate';

/** "Vedtag planen": draft → approved, once every step of the guided form is complete. */
export const ApproveButton = (props: PlanActionProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [missing, setMissing] = useState<Record<string, string>>();
  const { send, isPending } = usePlanUpdate(props.onSaved, { notifyErrors: true });
  const onClick = async () => {
    const plan = await latest(props);
    const errors = completenessErrors(plan as unknown as ActionPlanInput, locale === 'en' ? 'en' : 'da');
    if (Object.keys(errors).length > 0) return setMissing(errors);
    await send(plan, { status: 'approved' }, 'beredskab.actionPlans.done.approved');
  };
  return (
    <>
      <LabelledButton
        label="beredskab.actionPlans.actions.approve"
        onClick={onClick}
        disabled={isPending}
        variant="contained"
      >
        <CheckIcon />
      </LabelledButton>
      <Dialog open={!!missing} onClose={() => setMissing(undefined)} aria-labelledby="plan-missing-title">
        <DialogTitle id="plan-missing-title">{translate('beredskab.actionPlans.missing.title')}</DialogTitle>
        <DialogContent>
          <PlanErrorsAlert
            errors={missing && { message: translate('beredskab.actionPlans.missing.intro'), fields: missing }}
          />
        </DialogContent>
        <DialogActions>
          <LabelledButton label="ra.action.close" onClick={() => setMissing(undefined)} variant="contained" />
        </DialogActions>
      </Dialog>
    </>
  );
};
