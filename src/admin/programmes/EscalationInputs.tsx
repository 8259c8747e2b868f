import { Box, Typography } from '@mui/material';
import { BooleanInput, NumberInput, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

const DEFAULT_QUIET_HOURS = { from: '22:00', to: '07:00' };

const hasYellow = (levels: unknown) => Array.isArray(levels) && levels.includes('yellow');
/** Red is always in the rule; the switch adds or removes yellow. */
const levelsFor = (yellow: boolean) => (yellow ? ['red', 'yellow'] : ['red']);

/**
 * "SMS og eskalering": which levels are texted and escalated, when the deputies and then the
 * administrators are called, yellow's quiet hours, and the Teams channel. On the programme's
 * form, which only its administrators open; the server sends the Teams address to no one else.
 */
export const EscalationInputs = () => {
  const translate = useTranslate();
  const quietHours = useWatch({ name: 'escalation.quietHours' });
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, width: '100%' }}>
      <Typography component="legend" variant="subtitle1">
        {translate('beredskab.programmes.escalation')}
      </Typography>
      <Typography variant="body2" color="text.secondary" mb={1}>
        {translate('beredskab.programmes.escalationHelp')}
      </Typography>
      <BooleanInput
        source="escalation.levels"
        label="resources.programmes.fields.escalation.yellow"
        format={hasYellow}
        parse={levelsFor}
        // A new programme, or one whose rule was never set (null): red only, every part given.
        defaultValue={levelsFor(false)}
        helperText={translate('beredskab.programmes.escalationYellowHelp')}
      />
      <Box display="flex" gap={2} flexWrap="wrap">
        <NumberInput
          source="escalation.deputiesAfterMinutes"
          defaultValue={30}
          step={1}
          min={1}
          max={1440}
          helperText={translate('beredskab.programmes.deputiesAfterHelp')}
        />
        <NumberInput
          source="escalation.adminsAfterMinutes"
          defaultValue={30}
          step={1}
          min={1}
          max={1440}
          helperText={translate('beredskab.programmes.adminsAfterHelp')}
        />
      </Box>
      <BooleanInput
        source="escalation.quietHours"
        label="resources.programmes.fields.escalation.quietHoursOn"
        format={(v: unknown) => v != null}
        parse={(on: boolean) => (on ? DEFAULT_QUIET_HOURS : null)}
        defaultValue={null}
        helperText={translate('beredskab.programmes.quietHoursHelp')}
      />
      {quietHours != null && (
        <Box display="flex" gap={2} flexWrap="wrap">
          <TextInput source="escalation.quietHours.from" type="time" isRequired />
          <TextInput source="escalation.quietHours.to" type="time" isRequired />
        </Box>
      )}
      <TextInput
        source="teamsWebhookUrl"
        type="url"
        fullWidth
        helperText={translate('beredskab.programmes.teamsWebhookHelp')}
      />
    </Box>
  );
};
