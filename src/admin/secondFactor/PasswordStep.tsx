import { Button, CardContent, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { Form, PasswordInput, required, TextInput, useLogin, useNotify, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { SecondFactorNeeded } from '../providers/authProvider';

export type SecondFactorStep = SecondFactorNeeded['step'];

/** react-admin's login form, which hands over to the second factor when the server asks for it. */
export const PasswordStep = ({ onSecondFactor }: { onSecondFactor: (step: SecondFactorStep) => void }) => {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [loading, setLoading] = useState(false);

  const submit = async (values: FieldValues) => {
    setLoading(true);
    try {
      await login({ username: values.username, password: values.password });
    } catch (err) {
      if (err instanceof SecondFactorNeeded) return onSecondFactor(err.step);
      const message = (err as Error | undefined)?.message || 'ra.auth.sign_in_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Form onSubmit={submit} mode="onChange" noValidate>
      <CardContent sx={{ width: 300, maxWidth: '100%', boxSizing: 'border-box', pb: 2 }}>
        <TextInput
          autoFocus
          source="username"
          label={translate('ra.auth.username')}
          autoComplete="username"
          validate={required()}
        />
        <PasswordInput
          source="password"
          label={translate('ra.auth.password')}
          autoComplete="current-password"
          validate={required()}
        />
        <Button variant="contained" type="submit" disabled={loading} fullWidth sx={{ mt: 2 }}>
          {loading ? <CircularProgress size={19} thickness={3} /> : translate('ra.auth.sign_in')}
        </Button>
      </CardContent>
    </Form>
  );
};
