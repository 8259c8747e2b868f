import { Card, CardContent, Stack } from '@mui/material';
import { Labeled, SelectField } from 'react-admin';
import { LevelChip } from '../chips/LevelChip';
import { MeetingStatusChip } from '../chips/MeetingStatusChip';
import { LocalDateField } from '../formatting/LocalDateField';
import { asideCard } from '../records/asideLayout';

/** What the server computed for the stored incident: deadline, group and meeting status. */
export const IncidentAside = () => (
  <Card sx={{ ...asideCard, minWidth: 260 }}>
    <CardContent>
      <Stack gap={1}>
        <Labeled source="level">
          <LevelChip />
        </Labeled>
        <Labeled source="responseDeadline">
          <LocalDateField source="responseDeadline" showTime emptyText="beredskab.incidents.noDeadline" />
        </Labeled>
        <Labeled source="meetingStatus">
          <MeetingStatusChip />
        </Labeled>
        <Labeled source="responseGroup">
          <SelectField
            source="responseGroup"
            choices={[
              { id: 1, name: 'beredskab.responseGroups.1' },
              { id: 2, name: 'beredskab.responseGroups.2' },
            ]}
          />
        </Labeled>
      </Stack>
    </CardContent>
  </Card>
);
