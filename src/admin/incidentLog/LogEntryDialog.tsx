import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  BooleanInput,
  CreateBase,
  SaveButton,
  TextInput,
  Toolbar,
  useNotify,
  useTranslate,
} from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import { incidentLogEntrySchema, type IncidentLogEntry } from '../../domain/incidentLogSchema';
import { DateTimeInput } from '../forms/DateTimeInput';
import { SchemaForm } from '../forms/SchemaForm';

interface Props {
  incidentId: number;
  /** The entry being corrected: the form opens with its text, and the new entry refers to it. */
  correcting?: IncidentLogEntry;
  onClose(): void;
  onSaved(): void;
}

/** In the dialog, not pinned to the foot of the screen as react-admin pins a form's toolbar on a phone. */
const inDialog = {
  gap: 1,
  flexWrap: 'wrap',
  '&.RaToolbar-mobileToolbar': { position: 'static', width: 'auto', px: 0 },
} as const;

const DialogToolbar = ({ onClose }: { onClose(): void }) => (
  <Toolbar sx={inDialog}>
    <SaveButton alwaysEnable />
    <LabelledButton label="ra.action.cancel" onClick={onClose} />
  </Toolbar>
);

/** Writes a new log entry; a correction is a new entry too, since the log is never changed. */
export const LogEntryDialog = ({ incidentId, correcting, onClose, onSaved }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const defaults = {
    incidentId,
    correctsId: correcting?.id ?? null,
    at: correcting?.at ?? new Date().toISOString(),
    happened: correcting?.happened ?? '',
    decided: correcting?.decided ?? null,
    informed: correcting?.informed ?? null,
    isMeeting: correcting?.isMeeting ?? false,
  };
  const queryClient = useQueryClient();
  const onSuccess = (entry: IncidentLogEntry) => {
    notify('beredskab.incidentLog.added', { type: 'success' });
    // The server set the incident's meetingHeldAt, so its meeting status is stale here.
    if (entry.isMeeting) void queryClient.invalidateQueries({ queryKey: ['incidents'] });
    onSaved();
    onClose();
  };
  const title = correcting
    ? translate('beredskab.incidentLog.correctTitle', { id: correcting.id })
    : translate('beredskab.incidentLog.add');
  return (
    <Dialog open onClose={onClose} aria-labelledby="log-entry-title" fullWidth maxWidth="sm">
      <DialogTitle id="log-entry-title">{title}</DialogTitle>
      <DialogContent>
        <CreateBase resource="incidentLogEntries" redirect={false} mutationOptions={{ onSuccess }}>
          <SchemaForm
            schema={incidentLogEntrySchema}
            defaultValues={defaults}
            toolbar={<DialogToolbar onClose={onClose} />}
            sx={{ p: 0 }}
          >
            <DateTimeInput source="at" />
            <TextInput source="happened" multiline minRows={2} fullWidth isRequired />
            <TextInput source="decided" multiline fullWidth />
            <TextInput source="informed" fullWidth />
            <BooleanInput source="isMeeting" />
            <TextInput
              source="confidentialNotes"
              multiline
              fullWidth
              helperText="beredskab.incidents.confidentialHelp"
            />
          </SchemaForm>
        </CreateBase>
      </DialogContent>
    </Dialog>
  );
};
