import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { WizardStep } from './steps';

/** What the step asks for, in the words of the written template. */
export const StepIntro = ({ step }: { step: WizardStep }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
      {translate(`beredskab.actionPlans.help.${step}`)}
    </Typography>
  );
};
