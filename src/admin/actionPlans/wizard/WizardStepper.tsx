import { Step, StepButton, Stepper } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { STEP_SCHEMAS } from '../../../domain/actionPlanSteps';
import { WIZARD_STEPS } from './steps';

/** The six steps, ticked when their schema passes; any can be opened, going forward checks the current one. */
export const WizardStepper = ({ step, onStep }: { step: number; onStep(step: number): void }) => {
  const translate = useTranslate();
  const values = useWatch();
  return (
    <Stepper activeStep={step} nonLinear alternativeLabel sx={{ py: 2, overflowX: 'auto' }}>
      {WIZARD_STEPS.map((key, index) => (
        <Step key={key} completed={key !== 'review' && STEP_SCHEMAS[key].safeParse(values).success}>
          <StepButton onClick={() => onStep(index)} aria-current={index === step ? 'step' : undefined}>
            {translate(`beredskab.actionPlans.steps.${key}`)}
          </StepButton>
        </Step>
      ))}
    </Stepper>
  );
};
