import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate, useUpdate, type HttpError, type RaRecord } from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import { nextWholeHour, toLocalInput } from './localDateTime';

interface Props {
  incident: RaRecord;
  onClose(): void;
}

/**
 * "Planlæg møde": one field, the meeting's time, stored on the incident (meetingPlannedAt);
 * the server then sends the called-in their invitation. Only that field is sent.
 */
export const PlanMeetingDialog = ({ incident, onClose }: Props) => {
  const translate = useTranslate();
  const [value, setValue] = useState(() =>
    toLocalInput(incident.meetingPlannedAt ? new Date(incident.meetingPlannedAt) : nextWholeHour(new Date())),
  );
  const [error, setError] = useState<string>();
  const [update, { isPending }] = useUpdate();
  const when = new Date(value);
  const valid = value !== '' && !Number.isNaN(when.getTime());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid || isPending) return;
    void update(
      'incidents',
      { id: incident.id, data: { meetingPlannedAt: when.toISOString() }, previousData: incident },
      {
        mutationMode: 'pessimistic',
        onSuccess: onClose,
        onError: (failure) => {
          const http = failure as HttpError;
          setError(String(http.body?.errors?.meetingPlannedAt ?? http.message));
        },
      },
    );
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="plan-meeting-title" fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="plan-meeting-title">
          {translate(incident.meetingPlannedAt ? 'beredskab.meeting.moveTitle' : 'beredskab.meeting.title')}
        </DialogTitle>
        <DialogContent>
          <TextField
            type="datetime-local"
            autoFocus
            required
            fullWidth
            margin="dense"
            label={translate('resources.incidents.fields.meetingPlannedAt')}
            helperText={translate('beredskab.incidents.meetingPlannedAtHelp')}
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setError(undefined);
            }}
            error={!!error}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {error && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <LabelledButton label="ra.action.cancel" onClick={onClose} />
          <LabelledButton
            label="ra.action.save"
            type="submit"
            variant="contained"
            disabled={!valid || isPending}
          />
        </DialogActions>
      </form>
    </Dialog>
  );
};
