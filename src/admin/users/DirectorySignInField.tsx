import { useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import LinkIcon from '@mui/icons-material/Link';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useSignInOptions } from '../providers/useSignInOptions';

/**
 * For a local user, when the organisation's sign-in is set up: the administrator's consent to
 * link them to the directory account of the same username at its next sign-in.
 */
export const DirectorySignInField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const options = useSignInOptions();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const source = (record.source as string | undefined) ?? 'local';
  const name = options?.oidc?.name;
  const allow = async () => {
    setBusy(true);
    const res = await fetch(`/api/users/${record.id}/directory-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }).finally(() => setBusy(false));
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    if (res.ok) {
      notify(translate('beredskab.signIn.linkAllowed', { name }), { type: 'success' });
      refresh();
    } else notify(body.message ?? 'ra.notification.http_error', { type: 'error' });
  };
  return (
    <Box sx={{ mb: 2 }}>
      {source === 'local' && name && (
        <Box sx={{ mt: 1 }}>
          {record.directoryLinkAllowed ? (
            <Alert severity="info">{translate('beredskab.signIn.linkAllowed', { name })}</Alert>
          ) : (
            <>
              <Button variant="outlined" startIcon={<LinkIcon />} onClick={allow} disabled={busy}>
                {translate('beredskab.signIn.allowLink', { name })}
              </Button>
              <Typography variant="caption" display="block" color="text.secondary" sx={{ mt: 0.5 }}>
                {translate('beredskab.signIn.allowLinkHelp', { name })}
              </Typography>
            </>
          )}
        </Box>
      )}
    </Box>
  );
};
