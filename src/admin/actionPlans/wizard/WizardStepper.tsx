import { Step, StepButton, Stepper, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { STEP_SCHEMAS } from '../../../domain/actionPlanSteps';
import { WIZARD_STEPS } from './steps';

/**
 * On a phone the six steps do not fit in a row without cutting their names ("Pe…"): there
 * they stand two by two, each name whole, without the connecting lines.
 */
const twoByTwo = {
  flexWrap: 'wrap',
  rowGap: 1,
  '& .MuiStep-root': { flex: '1 1 45%', minWidth: 0, px: 0.5 },
  '& .MuiStepButton-root': { justifyContent: 'flex-start', minHeight: 44, py: 0.5, px: 1, m: 0 },
  '& .MuiStepLabel-label': { textAlign: 'left' },
} as const;

/** The six steps, ticked when their schema passes; any can be opened, going forward checks the current one. */
export const WizardStepper = ({ step, onStep }: { step: number; onStep(step: number): void }) => {
  const translate = useTranslate();
  const values = useWatch();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  return (
    <Stepper
      activeStep={step}
      nonLinear
      alternativeLabel={!phone}
      connector={phone ? null : undefined}
      sx={phone ? { py: 2, px: 1, ...twoByTwo } : { py: 2, overflowX: 'auto' }}
    >
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
