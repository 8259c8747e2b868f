import { Box } from '@mui/material';
import { SelectField, useRecordContext, useTranslate } from 'react-admin';
import { MeetingStatusChip } from '../chips/MeetingStatusChip';
import { categoryChoices } from '../choices/incidentChoices';
import { LocalDateField } from '../formatting/LocalDateField';
import { useFormatDate } from '../formatting/useFormatDate';

/**
 * An incident's lines in the phone list: when and what, then (for yellow and red) the
 * deadline and the meeting's status ("Overskredet", "Møde planlagt …"), as the wide list's
 * columns say them. Spans only: the list draws it inside a paragraph.
 */
export const IncidentPhoneText = () => {
  const incident = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  if (!incident) return null;
  return (
    <>
      <LocalDateField source="occurredAt" showTime /> ·{' '}
      <SelectField source="category" choices={categoryChoices} />
      {incident.responseDeadline && (
        <Box
          component="span"
          sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, rowGap: 0.5, mt: 0.5 }}
        >
          <span>
            {translate('beredskab.incidents.deadlineShort', {
              deadline: format.instant(incident.responseDeadline),
            })}
          </span>
          <MeetingStatusChip />
        </Box>
      )}
    </>
  );
};
