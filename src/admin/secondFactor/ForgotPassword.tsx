import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { readHandover } from '../boot/handover';

/**
 * "Glemt adgangskode?": the username, and the server mails a link if there is such a user
 * with an e-mail. The answer is the same either way, so it says nothing about who exists.
 */
export const ForgotPassword = () => {
  const translate = useTranslate();
  // Opened already when the login that opened the panel asked for it.
  const [open, setOpen] = useState(() => readHandover().forgot === true);
  const [username, setUsername] = useState('');
  const [answer, setAnswer] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);

  const close = () => {
    setOpen(false);
    setAnswer(undefined);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim()) return;
    setBusy(true);
    try {
      const res = await fetch('/api/auth/forgot', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username }),
      });
      const body = (await res.json().catch(() => ({}))) as { message?: string };
      setAnswer({ ok: res.ok, text: body.message ?? translate('ra.notification.http_error') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ textAlign: 'center', pb: 2 }}>
      <Button variant="text" onClick={() => setOpen(true)}>
        {translate('beredskab.signIn.forgot')}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="forgot-title" fullWidth maxWidth="xs">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="forgot-title">{translate('beredskab.signIn.forgotTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('beredskab.signIn.forgotIntro')}</DialogContentText>
            {answer ? (
              <Alert severity={answer.ok ? 'success' : 'error'} role="status">
                {answer.text}
              </Alert>
            ) : (
              <TextField
                autoFocus
                fullWidth
                required
                label={translate('ra.auth.username')}
                autoComplete="username"
                value={username}
                onChange={(e) => setUsername(e.target.value)}
              />
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{translate(answer ? 'ra.action.close' : 'ra.action.cancel')}</Button>
            {!answer && (
              <Button type="submit" variant="contained" disabled={busy || !username.trim()}>
                {translate('beredskab.signIn.forgotSend')}
              </Button>
            )}
          </DialogActions>
        </form>
      </Dialog>
    </Box>
  );
};
