import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import MailIcon from '@mui/icons-material/Mail';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';

/** A local user with an e-mail can be mailed a link to choose a password: a lost one, or an invitation again. */
export const PasswordLinkButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!record || record.source === 'oidc' || !record.email) return null;
  const send = async () => {
    setBusy(true);
    try {
      const res = await fetch(`/api/users/${record.id}/password-link`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const body = (await res.json().catch(() => ({}))) as { message?: string };
      notify(res.ok ? 'beredskab.users.linkSent' : (body.message ?? 'ra.notification.http_error'), {
        type: res.ok ? 'success' : 'error',
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ mb: 2 }}>
      <Button variant="outlined" startIcon={<MailIcon />} onClick={send} disabled={busy}>
        {translate('beredskab.users.sendLink')}
      </Button>
      <Typography variant="caption" display="block" color="text.secondary" sx={{ mt: 0.5 }}>
        {translate('beredskab.users.sendLinkHelp')}
      </Typography>
    </Box>
  );
};
