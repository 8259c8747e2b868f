import { Alert, CardContent, CircularProgress, Stack } from '@mui/material';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useLogin, useTranslate } from 'react-admin';
import { CodeStep } from './CodeStep';
import { PasswordStep, type SecondFactorStep } from './PasswordStep';
import { clearHandover, readHandover } from '../boot/handover';
import { ForgotPassword } from './ForgotPassword';

// The QR code's library loads only for the few who set up their factor at sign-in.
const EnrolSteps = lazy(async () => ({ default: (await import('./EnrolSteps')).EnrolSteps }));

/**
 * The login page's form: the password, then, if the server asks, the code from the app, or
 * (when the policy asks for a factor the user has not set up) its setup, before anything else.
 */
export const SignInSteps = () => {
  const translate = useTranslate();
  const login = useLogin();
  // Where the login that opened the panel left off (boot/QuickLogin), read once.
  const [step, setStep] = useState<SecondFactorStep | 'password'>(() => readHandover().step ?? 'password');
  useEffect(clearHandover, []);

  if (step === 'required') return <CodeStep onBack={() => setStep('password')} />;
  if (step === 'enrol')
    return (
      <CardContent sx={{ width: 360, maxWidth: '100%', boxSizing: 'border-box' }}>
        <Stack spacing={2}>
          <Alert severity="info">{translate('beredskab.secondFactor.required')}</Alert>
          <Suspense fallback={<CircularProgress aria-label={translate('ra.page.loading')} />}>
            <EnrolSteps onDone={() => void login({ enrolled: true }).catch(() => setStep('password'))} />
          </Suspense>
        </Stack>
      </CardContent>
    );
  return (
    <>
      <PasswordStep onSecondFactor={setStep} />
      <ForgotPassword />
    </>
  );
};
