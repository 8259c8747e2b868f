import { Box } from '@mui/material';
import { BooleanInput, NumberInput, SelectInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { targetRuleChoices } from './choices';

/** The target rule, and the fields that rule needs (seed 003: −5 % a year, −2 points by 2020, higher than 2016). */
export const TargetInputs = () => {
  const rule = useWatch({ name: 'target.rule' }) as string | undefined;
  return (
    <Box display="flex" gap={2} flexWrap="wrap" alignItems="center">
      <SelectInput source="target.rule" choices={targetRuleChoices} sx={{ minWidth: 300 }} isRequired />
      {rule === 'relativePerYear' && (
        <>
          <NumberInput source="target.percentPerYear" step={0.5} isRequired />
          <BooleanInput source="target.capAtBaseline" defaultValue />
        </>
      )}
      {rule === 'absoluteChange' && (
        <>
          <NumberInput source="target.change" step={0.5} isRequired />
          <NumberInput source="target.byYear" step={1} isRequired />
        </>
      )}
      {rule === 'fixed' && <NumberInput source="target.value" isRequired />}
    </Box>
  );
};
