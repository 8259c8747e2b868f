import { Box, Typography } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PlanActions } from '../actions/PlanActions';
import { PlanSections, type PlanContent } from '../sections/PlanSections';
import { Section } from '../sections/Section';
import { SignatoryApprovals } from '../sections/SignatoryApprovals';
import { useParticipants } from '../sections/useParticipants';
import { Completeness } from './Completeness';
import { StepIntro } from './StepIntro';

interface Props {
  getPlan(): Promise<RaRecord>;
  onSaved(record: RaRecord): void;
  onStep(step: number): void;
}

/** The whole plan as it will be printed, what is still missing, and the way to agree and activate it. */
export const ReviewStep = ({ getPlan, onSaved, onStep }: Props) => {
  const translate = useTranslate();
  const plan = useWatch() as RaRecord;
  const { byId } = useParticipants(plan.programmeId);
  return (
    <>
      <StepIntro step="review" />
      <Completeness plan={plan} onStep={onStep} />
      <Box sx={{ my: 2 }}>
        <Typography variant="body2" gutterBottom>
          {translate('beredskab.actionPlans.currentStatus', {
            status: translate(`beredskab.planStatuses.${plan.status}`),
          })}
        </Typography>
        <PlanActions plan={plan} getPlan={getPlan} onSaved={onSaved} />
      </Box>
      <Section title="resources.actionPlans.fields.approvals">
        <SignatoryApprovals plan={plan} getPlan={getPlan} onSaved={onSaved} />
      </Section>
      <PlanSections plan={plan as PlanContent} participants={byId} />
    </>
  );
};
