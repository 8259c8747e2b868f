import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';

interface Props {
  title: string;
  help: string;
  confirm: string;
  /** The field's label; a reason by default. */
  label?: string;
  pending: boolean;
  onClose(): void;
  onConfirm(reason: string): void;
}

/** Locking or unlocking a year needs a reason, which the audit log and the lock keep. */
export const ReasonDialog = ({
  title,
  help,
  confirm,
  label = 'beredskab.yearLock.reason',
  pending,
  onClose,
  onConfirm,
}: Props) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() && !pending) onConfirm(reason.trim());
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="reason-title" fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="reason-title">{title}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            required
            multiline
            minRows={2}
            fullWidth
            margin="dense"
            label={translate(label)}
            helperText={help}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <LabelledButton label="ra.action.cancel" onClick={onClose} />
          <LabelledButton
            label={confirm}
            type="submit"
            variant="contained"
            disabled={!reason.trim() || pending}
          />
        </DialogActions>
      </form>
    </Dialog>
  );
};
