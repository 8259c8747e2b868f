import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, useDataProvider, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import type { BeredskabDataProvider } from '../providers/dataProvider';
import { CodeInput } from './CodeInput';
import { QrCode } from './QrCode';
import { RecoveryCodes } from './RecoveryCodes';
import { useEnrolment } from './useEnrolment';

/** Four letters a group, as the key is typed into an app by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Setting up the second factor: the QR code and the key as text, a first code to confirm,
 * then the ten recovery codes, shown once. Used at sign-in and on the user's own page.
 */
export const EnrolSteps = ({ onDone }: { onDone: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const { enrolment, error } = useEnrolment();
  const [codes, setCodes] = useState<string[]>();
  const [sending, setSending] = useState(false);

  if (codes) return <RecoveryCodes codes={codes} onSaved={onDone} />;
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!enrolment) return <CircularProgress aria-label={translate('ra.page.loading')} />;

  const confirm = async (values: FieldValues) => {
    setSending(true);
    try {
      setCodes((await dataProvider.confirmEnrolment(String(values.code ?? ''))).recoveryCodes);
    } catch (err) {
      const body = (err as { body?: { errors?: Record<string, string>; message?: string } }).body;
      return body?.errors ?? { code: body?.message ?? (err as Error).message };
    } finally {
      setSending(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Typography variant="body2">{translate('beredskab.secondFactor.enrolIntro')}</Typography>
      <Typography>{translate('beredskab.secondFactor.scan')}</Typography>
      <QrCode value={enrolment.uri} label={translate('beredskab.secondFactor.qrCode')} />
      <Typography variant="body2">{translate('beredskab.secondFactor.manual')}</Typography>
      <Box
        component="code"
        sx={{ fontFamily: 'monospace', fontSize: '1.05rem', letterSpacing: 1, overflowWrap: 'anywhere' }}
      >
        {grouped(enrolment.secret)}
      </Box>
      <Typography>{translate('beredskab.secondFactor.confirmIntro')}</Typography>
      <Form onSubmit={confirm} noValidate disableInvalidFormNotification>
        <CodeInput />
        <Button type="submit" variant="contained" disabled={sending} fullWidth sx={{ minHeight: 44 }}>
          {translate('beredskab.secondFactor.confirm')}
        </Button>
      </Form>
    </Stack>
  );
};
