import { Button, CardContent, Link, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, required, TextInput, useLogin, useNotify, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { SignInRefused } from '../providers/authProvider';
import { CodeInput } from './CodeInput';

/** The session that waits for the code ends, so the password step starts afresh. */
const abandon = () =>
  fetch('/api/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

/** After the password: the six digits from the app, or one of the recovery codes. */
export const CodeStep = ({ onBack }: { onBack: () => void }) => {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [recovery, setRecovery] = useState(false);
  const [sending, setSending] = useState(false);

  const submit = async (values: FieldValues) => {
    setSending(true);
    try {
      await login(
        recovery ? { recoveryCode: String(values.recoveryCode ?? '') } : { code: String(values.code ?? '') },
      );
    } catch (err) {
      if (!(err instanceof SignInRefused)) throw err;
      // The waiting session is gone (ten minutes passed): back to the password.
      if (err.status === 401) {
        notify('beredskab.secondFactor.expired', { type: 'error' });
        return onBack();
      }
      if (err.errors) return err.errors;
      notify(err.message, { type: 'error', messageArgs: { _: err.message } });
    } finally {
      setSending(false);
    }
  };

  return (
    <Form key={recovery ? 'recovery' : 'code'} onSubmit={submit} noValidate disableInvalidFormNotification>
      <CardContent sx={{ width: 300, maxWidth: '100%', boxSizing: 'border-box' }}>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {translate('beredskab.secondFactor.title')}
          </Typography>
          <Typography variant="body2">
            {translate(
              recovery ? 'beredskab.secondFactor.recoveryIntro' : 'beredskab.secondFactor.codeIntro',
            )}
          </Typography>
          {recovery ? (
            <TextInput
              source="recoveryCode"
              label="beredskab.secondFactor.recoveryCode"
              helperText="beredskab.secondFactor.recoveryCodeHelp"
              validate={required()}
              autoFocus
              autoComplete="off"
              fullWidth
            />
          ) : (
            <CodeInput autoFocus />
          )}
          <Button variant="contained" type="submit" disabled={sending} fullWidth sx={{ minHeight: 44 }}>
            {translate('beredskab.secondFactor.verify')}
          </Button>
          <Link
            component="button"
            type="button"
            variant="body2"
            onClick={() => setRecovery((r) => !r)}
            sx={{ minHeight: 44 }}
          >
            {translate(
              recovery ? 'beredskab.secondFactor.useCode' : 'beredskab.secondFactor.useRecoveryCode',
            )}
          </Link>
          <Button onClick={() => void abandon().finally(onBack)} sx={{ minHeight: 44 }}>
            {translate('beredskab.secondFactor.back')}
          </Button>
        </Stack>
      </CardContent>
    </Form>
  );
};
