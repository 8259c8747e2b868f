import { Stack } from '@mui/material';
import { useCanAccess } from 'react-admin';
import { TRANSITIONS } from '../../../domain/actionPlanRules';
import type { PlanStatus } from '../../../domain/actionPlanSchema';
import type { PlanActionProps } from '../saving/planAction';
import { ActivateButton } from './ActivateButton';
import { ApproveButton } from './ApproveButton';
import { BackToDraftButton } from './BackToDraftButton';
import { EndButton } from './EndButton';
import { EvaluationButton } from './EvaluationButton';
import { ExtendButton } from './ExtendButton';

/**
 * The plan's next steps, only those its status allows (TRANSITIONS) and only for those who
 * may edit: a board member never sees them.
 */
export const PlanActions = (props: PlanActionProps) => {
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'actionPlans', record: props.plan });
  const status = props.plan.status as PlanStatus | undefined;
  if (!canAccess || !status) return null;
  const next = TRANSITIONS[status];
  return (
    <Stack direction="row" gap={1} flexWrap="wrap" alignItems="center">
      {next.includes('approved') && <ApproveButton {...props} />}
      {next.includes('active') && <ActivateButton {...props} />}
      {next.includes('draft') && <BackToDraftButton {...props} />}
      {status === 'active' && <ExtendButton {...props} />}
      {next.includes('ended') && <EndButton {...props} />}
      {status === 'ended' && <EvaluationButton {...props} />}
    </Stack>
  );
};
