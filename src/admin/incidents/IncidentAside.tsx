import { Card, CardContent, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, SelectField } from 'react-admin';
import { LevelChip } from '../chips/LevelChip';
import { MeetingStatusChip } from '../chips/MeetingStatusChip';
import { LocalDateField } from '../formatting/LocalDateField';
import { asideCard } from '../records/asideLayout';
import { EscalationTimeline } from './callIn/EscalationTimeline';

/**
 * What the server computed for the stored incident: level, deadline, meeting status (with
 * `meetingAction`, e.g. "Planlæg møde", under it), whom the call-in reached when (the
 * escalation's timeline) and group. On a wide screen beside the
 * incident, on a phone at its top (IncidentShow).
 */
export const IncidentStatus = ({ meetingAction }: { meetingAction?: ReactNode }) => (
  <Stack gap={1} alignItems="flex-start" className="incident-status">
    <Labeled source="level">
      <LevelChip />
    </Labeled>
    <Labeled source="responseDeadline">
      <LocalDateField source="responseDeadline" showTime emptyText="beredskab.incidents.noDeadline" />
    </Labeled>
    <Labeled source="meetingStatus">
      <MeetingStatusChip />
    </Labeled>
    {meetingAction}
    <EscalationTimeline />
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
);

export const IncidentAside = ({ meetingAction }: { meetingAction?: ReactNode }) => (
  <Card sx={{ ...asideCard, minWidth: 260 }}>
    <CardContent>
      <IncidentStatus meetingAction={meetingAction} />
    </CardContent>
  </Card>
);
