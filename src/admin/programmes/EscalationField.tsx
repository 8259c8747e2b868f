import { Typography } from '@mui/material';
import { Labeled, TextField, useRecordContext, useTranslate } from 'react-admin';

interface Rule {
  levels?: string[];
  deputiesAfterMinutes?: number;
  adminsAfterMinutes?: number;
  quietHours?: { from: string; to: string } | null;
}

/** The programme's escalation rule in a sentence or two; the server's defaults when none is stored. */
export const EscalationField = (_props: { label?: false }) => {
  const programme = useRecordContext();
  const translate = useTranslate();
  if (!programme) return null;
  const rule = (programme.escalation ?? {}) as Rule;
  const quiet = rule.quietHours;
  return (
    <Labeled label="beredskab.programmes.escalation">
      <>
        <Typography variant="body2">
          {translate('beredskab.programmes.escalationSummary', {
            yellow: rule.levels?.includes('yellow') ? translate('beredskab.programmes.escalationYellow') : '',
            deputies: rule.deputiesAfterMinutes ?? 30,
            admins: rule.adminsAfterMinutes ?? 30,
          })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {quiet
            ? translate('beredskab.programmes.quietHoursSummary', { from: quiet.from, to: quiet.to })
            : translate('beredskab.programmes.noQuietHours')}
        </Typography>
      </>
    </Labeled>
  );
};

/** Only its administrators get the Teams address from the server: shown when it came. */
export const TeamsWebhookField = (_props: { label?: false }) => {
  const programme = useRecordContext();
  if (!programme || !('teamsWebhookUrl' in programme)) return null;
  return (
    <Labeled source="teamsWebhookUrl">
      <TextField source="teamsWebhookUrl" emptyText="–" sx={{ overflowWrap: 'anywhere' }} />
    </Labeled>
  );
};
