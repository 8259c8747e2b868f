import { Box, Card, CardContent } from '@mui/material';
import { useState } from 'react';
import { Form, PasswordInput, SaveButton, Title, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { NewPasswordInput } from '../forms/NewPasswordInput';
import { useZodResolver } from '../forms/useZodResolver';
import { changePassword } from './changePassword';
import { usePasswordSchema } from './usePasswordSchema';

/** Every logged-in user changes their own password here: the current one, then the new one twice. */
export const PasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const resolver = useZodResolver(usePasswordSchema());
  // A new form after a change, so no password lingers in the fields.
  const [round, setRound] = useState(0);

  const submit = async (values: FieldValues) => {
    const result = await changePassword({
      currentPassword: String(values.currentPassword ?? ''),
      newPassword: String(values.newPassword ?? ''),
    });
    if (!result) {
      notify('beredskab.password.changed', { type: 'success' });
      return setRound((n) => n + 1);
    }
    if (result.errors && Object.keys(result.errors).length > 0) return result.errors;
    notify(result.message ?? 'ra.notification.http_error', {
      type: 'error',
      messageArgs: { _: result.message },
    });
  };

  if (!identity) return null;
  return (
    <Card sx={{ mt: 2, maxWidth: 480 }}>
      <Title title={translate('beredskab.password.title')} />
      <CardContent>
        <Form
          key={round}
          onSubmit={submit}
          resolver={resolver}
          defaultValues={{ username: identity.username }}
        >
          <PasswordInput
            source="currentPassword"
            label="beredskab.password.currentPassword"
            autoComplete="current-password"
            fullWidth
          />
          <NewPasswordInput source="newPassword" label="beredskab.password.newPassword" fullWidth />
          <PasswordInput
            source="repeatPassword"
            label="beredskab.password.repeatPassword"
            autoComplete="new-password"
            fullWidth
          />
          <Box mt={2}>
            <SaveButton label="beredskab.password.title" />
          </Box>
        </Form>
      </CardContent>
    </Card>
  );
};
