import UndoIcon from '@mui/icons-material/Undo';
import { LabelledButton } from '../../buttons/LabelledButton';
import { latest, type PlanActionProps } from '../saving/planAction';
import { usePlanUpdate } from '../saving/usePlanUpdate';

/** "Tilbage til kladde": an agreed plan goes back for changes before it is activated. */
export const BackToDraftButton = (props: PlanActionProps) => {
  const { send, isPending } = usePlanUpdate(props.onSaved, { notifyErrors: true });
  const onClick = async () => {
    await send(await latest(props), { status: 'draft' }, 'beredskab.actionPlans.done.draft');
  };
  return (
    <LabelledButton label="beredskab.actionPlans.actions.backToDraft" onClick={onClick} disabled={isPending}>
      <UndoIcon />
    </LabelledButton>
  );
};
