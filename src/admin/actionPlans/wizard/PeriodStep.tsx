import { Box } from '@mui/material';
import { DateInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { cell, row } from '../../forms/formLayout';
import { StepIntro } from './StepIntro';

/** When the plan runs; once agreed, the end date moves only by an extension (Forlæng). */
export const PeriodStep = () => {
  const draft = useWatch({ name: 'status' }) === 'draft';
  return (
    <>
      <StepIntro step="period" />
      <Box sx={row}>
        <DateInput source="startDate" {...cell} />
        <DateInput
          source="endDate"
          readOnly={!draft}
          {...cell}
          helperText={draft ? 'beredskab.actionPlans.endDateHelp' : 'beredskab.actionPlans.endDateLocked'}
        />
      </Box>
    </>
  );
};
