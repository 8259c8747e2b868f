import StopIcon from '@mui/icons-material/Stop';
import type { PlanActionProps } from '../saving/planAction';
import { DialogButton } from './DialogButton';
import { DialogTextField } from './DialogTextField';

/** "Afslut": active → ended, with SSP's status of the interventions. */
export const EndButton = (props: PlanActionProps) => (
  <DialogButton
    {...props}
    label="beredskab.actionPlans.actions.end"
    icon={<StopIcon />}
    title="beredskab.actionPlans.actions.endTitle"
    initial={{ sspStatus: '' }}
    ready={(v) => v.sspStatus.trim() !== ''}
    change={(v) => ({ status: 'ended', sspStatus: v.sspStatus.trim() })}
    done="beredskab.actionPlans.done.ended"
  >
    {(bind) => <DialogTextField field="sspStatus" {...bind('sspStatus')} minRows={3} required autoFocus />}
  </DialogButton>
);
