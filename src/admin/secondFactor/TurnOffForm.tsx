import { Button, Typography } from '@mui/material';
import { Form, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { CodeInput } from './CodeInput';
import { useTurnOff } from './useSecondFactor';

/** Turning the factor off takes a code from it: a session left open elsewhere cannot do it alone. */
export const TurnOffForm = () => {
  const translate = useTranslate();
  const turnOff = useTurnOff();
  const submit = async (values: FieldValues) => {
    try {
      await turnOff.mutateAsync(String(values.code ?? ''));
    } catch (err) {
      const body = (err as { body?: { errors?: Record<string, string>; message?: string } }).body;
      return body?.errors ?? { code: body?.message ?? (err as Error).message };
    }
  };
  return (
    <Form onSubmit={submit} noValidate disableInvalidFormNotification>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('beredskab.secondFactor.turnOffHelp')}
      </Typography>
      <CodeInput />
      <Button
        type="submit"
        variant="outlined"
        color="error"
        disabled={turnOff.isPending}
        sx={{ minHeight: 44 }}
      >
        {translate('beredskab.secondFactor.turnOff')}
      </Button>
    </Form>
  );
};
