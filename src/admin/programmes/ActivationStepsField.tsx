import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { DEFAULT_ACTIVATION_STEPS } from '../../domain/callIn';

/** The programme's activation steps as a numbered list (seed 002's four when it names none). */
export const ActivationStepsField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  const steps = (record.activationSteps as string[] | undefined) ?? DEFAULT_ACTIVATION_STEPS;
  if (steps.length === 0) return <Typography variant="body2">–</Typography>;
  return (
    <Typography component="ol" variant="body2" sx={{ m: 0, pl: 2.5 }}>
      {steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </Typography>
  );
};
