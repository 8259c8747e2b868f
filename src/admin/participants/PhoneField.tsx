import SmsFailedIcon from '@mui/icons-material/SmsFailed';
import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/**
 * The server's word (`phoneWarning`) that a number typed cannot be made an MSISDN: such a
 * participant gets no SMS, and the contact list says so rather than skipping them silently.
 */
const cannotText = (record: Record<string, unknown> | undefined) => Boolean(record?.phoneWarning);

/** The number as typed, and under it, when it cannot be texted, why. */
export const PhoneField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2" component="span">
        {record.phone || '–'}
      </Typography>
      {cannotText(record) && (
        <Typography
          variant="body2"
          color="error"
          sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}
          className="phone-warning"
        >
          <SmsFailedIcon fontSize="small" aria-hidden />
          {translate('beredskab.participants.phoneWarning')}
        </Typography>
      )}
    </Box>
  );
};

/** The phone list's mark of the same: "Ingen SMS". */
export const PhoneWarningChip = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!cannotText(record)) return null;
  return (
    <Chip
      size="small"
      color="error"
      variant="outlined"
      icon={<SmsFailedIcon />}
      label={translate('beredskab.participants.noSms')}
      title={translate('beredskab.participants.phoneWarning')}
    />
  );
};
