import type { RaRecord } from 'react-admin';
import { Section, TextBlock } from './Section';
import { SignatoryApprovals } from './SignatoryApprovals';

const F = 'resources.actionPlans.fields';

/**
 * After the plan's content: who approved it, SSP's status at the end, the evaluation, and the
 * confidential notes, shown only when the server sent them (never to the board).
 */
export const PlanOutcome = ({ plan, readOnly }: { plan: RaRecord; readOnly?: boolean }) => (
  <>
    <Section number={6} title={`${F}.approvals`}>
      <SignatoryApprovals plan={plan} readOnly={readOnly} />
      {plan.activationOverride && (
        <TextBlock label={`${F}.activationOverride`} text={plan.activationOverride} />
      )}
    </Section>
    <Section number={7} title={`${F}.sspStatus`}>
      <TextBlock text={plan.sspStatus} />
    </Section>
    <Section number={8} title={`${F}.evaluation`}>
      <TextBlock label={`${F}.evaluation.worked`} text={plan.evaluation?.worked} />
      <TextBlock label={`${F}.evaluation.rightChannels`} text={plan.evaluation?.rightChannels} />
      <TextBlock label={`${F}.evaluation.changes`} text={plan.evaluation?.changes} />
    </Section>
    {'confidentialNotes' in plan && plan.confidentialNotes && (
      <Section title={`${F}.confidentialNotes`}>
        <TextBlock label="beredskab.incidents.confidentialHelp" text={plan.confidentialNotes} />
      </Section>
    )}
  </>
);
