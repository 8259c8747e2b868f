import RateReviewIcon from '@mui/icons-material/RateReview';
import type { PlanActionProps } from '../saving/planAction';
import { DialogButton } from './DialogButton';
import { DialogTextField } from './DialogTextField';

const FIELDS = ['worked', 'rightChannels', 'changes'] as const;
type Evaluation = Record<(typeof FIELDS)[number], string>;

/** "Skriv evaluering" after the activation (seed 001): did it work, were the right channels used. */
export const EvaluationButton = (props: PlanActionProps) => {
  const stored = (props.plan.evaluation ?? {}) as Partial<Evaluation>;
  return (
    <DialogButton<Evaluation>
      {...props}
      label="beredskab.actionPlans.actions.evaluate"
      icon={<RateReviewIcon />}
      title="beredskab.actionPlans.actions.evaluateTitle"
      confirm="ra.action.save"
      initial={{ worked: '', rightChannels: '', changes: '' }}
      // The dialog opens on what was stored, so an evaluation is amended rather than retyped.
      openWith={() => ({
        worked: stored.worked ?? '',
        rightChannels: stored.rightChannels ?? '',
        changes: stored.changes ?? '',
      })}
      ready={(v) => FIELDS.some((f) => v[f].trim() !== '')}
      change={(v) => ({ evaluation: v })}
      done="beredskab.actionPlans.done.evaluated"
    >
      {(bind) =>
        FIELDS.map((name, i) => (
          <DialogTextField key={name} field={`evaluation.${name}`} {...bind(name)} autoFocus={i === 0} />
        ))
      }
    </DialogButton>
  );
};
