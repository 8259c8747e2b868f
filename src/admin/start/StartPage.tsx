import { Alert, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { checklistDue } from '../../domain/startChecklist';
import { DemoDataNote } from './DemoDataNote';
import { StartChecklist } from './StartChecklist';
import { useStart } from './useStart';

/** "Kom i gang", for administrators: the checklist, and for the system administrator the way out of the demo. */
export const StartPage = () => {
  const translate = useTranslate();
  const { data, error } = useStart();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('beredskab.start.title')} />
      <CardContent>
        <Stack gap={2}>
          <Typography variant="h5" component="h1">
            {translate('beredskab.start.title')}
          </Typography>
          <Typography>{translate('beredskab.start.intro')}</Typography>
          {error ? (
            <Alert severity="error">{(error as Error).message}</Alert>
          ) : !data ? (
            <LinearProgress />
          ) : (
            <>
              {!checklistDue(data) && data.programmes.length > 0 && (
                <Alert severity="success" role="status">
                  {translate('beredskab.start.allReady')}
                </Alert>
              )}
              <StartChecklist state={data} heading="h2" />
              <DemoDataNote />
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
