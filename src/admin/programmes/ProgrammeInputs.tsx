import { Box, Typography } from '@mui/material';
import {
  CheckboxGroupInput,
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { ActivationStepsInput } from './ActivationStepsInput';
import { closedDayChoices } from './choices';
import { EscalationInputs } from './EscalationInputs';
import { useMonthChoices } from './MonthField';

export const ProgrammeInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="name" fullWidth isRequired />
      <TextInput source="municipality" isRequired />
      <Box display="flex" gap={2} flexWrap="wrap">
        <DateInput source="periodStart" isRequired />
        <DateInput source="periodEnd" isRequired />
        <SelectInput source="projectYearStartMonth" choices={useMonthChoices()} translateChoice={false} />
      </Box>
      <NumberInput
        source="retentionMonths"
        step={1}
        min={1}
        max={240}
        helperText={translate('beredskab.programmes.retentionHelp')}
      />
      <Typography variant="subtitle1">{translate('resources.programmes.fields.funding')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('beredskab.programmes.fundingHelp')}
      </Typography>
      <Box display="flex" gap={2} flexWrap="wrap">
        <NumberInput source="funding.lbf" />
        <NumberInput source="funding.municipality" />
        <NumberInput source="funding.local" />
      </Box>
      <Typography variant="subtitle1">{translate('beredskab.programmes.mail')}</Typography>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput
          source="boardEmail"
          type="email"
          helperText={translate('beredskab.programmes.boardEmailHelp')}
        />
        <TextInput
          source="adminEmail"
          type="email"
          helperText={translate('beredskab.programmes.adminEmailHelp')}
        />
      </Box>
      <CheckboxGroupInput
        source="extraClosedDays"
        choices={closedDayChoices}
        helperText={translate('beredskab.programmes.closedDaysHelp')}
      />
      <ActivationStepsInput />
      <EscalationInputs />
    </>
  );
};
