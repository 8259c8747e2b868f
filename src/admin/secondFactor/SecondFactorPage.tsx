import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import { EnrolSteps } from './EnrolSteps';
import { TurnOffForm } from './TurnOffForm';
import { useSecondFactorStatus, useStatusChanged } from './useSecondFactor';

/** "Totrinsbekræftelse" from the user menu: whether it is on, setting it up, turning it off when allowed. */
export const SecondFactorPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const status = useSecondFactorStatus();
  const changed = useStatusChanged();
  const [enrolling, setEnrolling] = useState(false);
  const title = translate('beredskab.secondFactor.title');
  if (!status.data) return <Loading />;
  const { enabled, required, recoveryCodesLeft } = status.data;

  const enrolled = () => {
    setEnrolling(false);
    notify('beredskab.secondFactor.turnedOn', { type: 'success' });
    void changed();
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title={title} />
      <CardContent>
        <Stack spacing={2}>
          {enabled ? (
            <>
              <Alert severity="success">{translate('beredskab.secondFactor.isOn')}</Alert>
              <Typography variant="body2">
                {translate('beredskab.secondFactor.codesLeft', { smart_count: recoveryCodesLeft })}
              </Typography>
              {required ? (
                <Typography variant="body2">{translate('beredskab.secondFactor.isRequired')}</Typography>
              ) : (
                <TurnOffForm />
              )}
            </>
          ) : enrolling ? (
            <EnrolSteps onDone={enrolled} />
          ) : (
            <>
              <Typography>{translate('beredskab.secondFactor.isOff')}</Typography>
              <Typography variant="body2">{translate('beredskab.secondFactor.enrolIntro')}</Typography>
              <div>
                <Button variant="contained" onClick={() => setEnrolling(true)} sx={{ minHeight: 44 }}>
                  {translate('beredskab.secondFactor.start')}
                </Button>
              </div>
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
