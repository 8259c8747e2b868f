import EventIcon from '@mui/icons-material/Event';
import { useState } from 'react';
import { useCanAccess, useRecordContext } from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import { PlanMeetingDialog } from './PlanMeetingDialog';

/**
 * "Planlæg møde" (or "Flyt mødet") beside the meeting status of a yellow or red incident whose
 * meeting is not yet held: one tap to the time, for those who may edit the incident.
 */
export const PlanMeetingButton = () => {
  const incident = useRecordContext();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'incidents', record: incident });
  if (!incident || !canAccess || incident.level === 'green' || incident.meetingHeldAt) return null;
  return (
    <>
      <LabelledButton
        label={incident.meetingPlannedAt ? 'beredskab.meeting.move' : 'beredskab.meeting.plan'}
        onClick={() => setOpen(true)}
        variant="outlined"
        sx={{ alignSelf: 'flex-start' }}
      >
        <EventIcon />
      </LabelledButton>
      {open && <PlanMeetingDialog incident={incident} onClose={() => setOpen(false)} />}
    </>
  );
};
