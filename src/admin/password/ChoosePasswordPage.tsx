import { useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { Form, PasswordInput, SaveButton, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { FieldValues } from 'react-hook-form';
import { NewPasswordInput } from '../forms/NewPasswordInput';

type LinkState =
  | { status: 'checking' }
  | { status: 'bad'; message: string }
  | { status: 'good'; username: string; fullName: string }
  | { status: 'done' };

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/**
 * The page a mailed link opens (an invitation or "Glemt adgangskode"), without a session:
 * whose link it is, then the new password twice. Used once; then on to the login.
 */
export const ChoosePasswordPage = () => {
  const { token = '' } = useParams();
  const translate = useTranslate();
  const [link, setLink] = useState<LinkState>({ status: 'checking' });

  useEffect(() => {
    void postJson('/api/auth/reset/check', { token }).then(async (res) => {
      const body = (await res.json().catch(() => ({}))) as {
        username?: string;
        fullName?: string;
        message?: string;
      };
      setLink(
        res.ok
          ? { status: 'good', username: body.username ?? '', fullName: body.fullName ?? '' }
          : { status: 'bad', message: body.message ?? translate('ra.notification.http_error') },
      );
    });
  }, [token, translate]);

  const submit = async (values: FieldValues) => {
    if (values.newPassword !== values.repeatPassword)
      return { repeatPassword: translate('beredskab.password.mismatch') };
    const res = await postJson('/api/auth/reset', { token, newPassword: values.newPassword });
    const body = (await res.json().catch(() => ({}))) as {
      message?: string;
      errors?: Record<string, string>;
    };
    if (res.ok) return void setLink({ status: 'done' });
    if (body.errors?.newPassword) return { newPassword: body.errors.newPassword };
    setLink({ status: 'bad', message: body.message ?? translate('ra.notification.http_error') });
  };

  return (
    <Box
      component="main"
      sx={{
        display: 'flex',
        justifyContent: 'center',
        p: 2,
        minHeight: '100vh',
        bgcolor: 'background.default',
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 440, alignSelf: 'flex-start', mt: { xs: 2, sm: 8 } }}>
        <CardContent>
          <Typography component="h1" variant="h5" gutterBottom>
            {translate('beredskab.password.chooseTitle')}
          </Typography>
          {link.status === 'bad' && (
            <Alert severity="error" role="alert">
              {link.message}
            </Alert>
          )}
          {link.status === 'done' && (
            <>
              <Alert severity="success" role="status">
                {translate('beredskab.password.chosen')}
              </Alert>
              <Button variant="contained" href="/#/login" sx={{ mt: 2 }}>
                {translate('ra.auth.sign_in')}
              </Button>
            </>
          )}
          {link.status === 'good' && (
            <>
              <Typography variant="body2" sx={{ mb: 2 }}>
                {translate('beredskab.password.chooseFor', { name: link.fullName, username: link.username })}
              </Typography>
              <Form onSubmit={submit} defaultValues={{ username: link.username }}>
                <NewPasswordInput source="newPassword" label="beredskab.password.newPassword" fullWidth />
                <PasswordInput
                  source="repeatPassword"
                  label="beredskab.password.repeatPassword"
                  autoComplete="new-password"
                  fullWidth
                />
                <SaveButton label="beredskab.password.chooseTitle" alwaysEnable />
              </Form>
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
