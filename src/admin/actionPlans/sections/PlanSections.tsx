import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ActionPlanInput } from '../../../domain/actionPlanSchema';
import { useFormatDate } from '../../formatting/useFormatDate';
import { CallListTable } from './CallListTable';
import { CommunicationsTable } from './CommunicationsTable';
import { InterventionsTable } from './InterventionsTable';
import { RevisionsTable } from './RevisionsTable';
import { Section, TextBlock } from './Section';
import type { ParticipantMap } from './useParticipants';

const F = 'resources.actionPlans.fields';
export type PlanContent = Partial<ActionPlanInput>;

/** The written plan in the template's order (seed 000): on the show page, in the review, on paper. */
export const PlanSections = ({ plan, participants }: { plan: PlanContent; participants: ParticipantMap }) => {
  const translate = useTranslate();
  const format = useFormatDate();
  const risk = plan.situation?.escalationRisk;
  const spokespeople = (plan.pressSpokespeople ?? []).map((id) => participants.get(id)?.name ?? `#${id}`);
  return (
    <>
      <Section number={1} title={`${F}.situation`}>
        <TextBlock label={`${F}.situation.description`} text={plan.situation?.description} />
        <TextBlock label={`${F}.situation.involvedCount`} text={plan.situation?.involvedCount} />
        <TextBlock
          label={`${F}.situation.escalationRisk`}
          text={risk ? translate(`beredskab.risks.${risk}`) : null}
        />
      </Section>
      <Section number={2} title="beredskab.actionPlans.steps.purpose">
        <TextBlock label={`${F}.purpose`} text={plan.purpose} />
        <TextBlock label={`${F}.targetGroups`} text={plan.targetGroups} />
      </Section>
      <Section number={3} title={`${F}.interventions`}>
        <InterventionsTable rows={plan.interventions ?? []} participants={participants} />
      </Section>
      <Section number={4} title={`${F}.communications`}>
        <CommunicationsTable rows={plan.communications ?? []} participants={participants} />
        <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
          {translate(`${F}.pressSpokespeople`)}
        </Typography>
        <Typography variant="body2">{spokespeople.length ? spokespeople.join(', ') : '–'}</Typography>
        <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
          {translate(`${F}.callList`)}
        </Typography>
        <CallListTable rows={plan.callList ?? []} />
      </Section>
      <Section number={5} title="beredskab.actionPlans.steps.period">
        <Typography variant="body2" gutterBottom>
          {plan.startDate || plan.endDate
            ? `${format.day(plan.startDate)} – ${format.day(plan.endDate)}`
            : '–'}
        </Typography>
        <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
          {translate(`${F}.revisions`)}
        </Typography>
        <RevisionsTable rows={plan.revisions ?? []} />
      </Section>
    </>
  );
};
