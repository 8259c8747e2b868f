import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { checklistDue } from '../../domain/startChecklist';
import { StartChecklist } from './StartChecklist';
import { useStart } from './useStart';

/** On the dashboard, for administrators, while the install or one of their programmes is not set up. */
export const StartCard = () => {
  const translate = useTranslate();
  const { data } = useStart();
  if (!data || !checklistDue(data)) return null;
  return (
    <Card component="section" aria-labelledby="start-card-title" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h5" component="h2" id="start-card-title" gutterBottom>
          {translate('beredskab.start.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {translate('beredskab.start.intro')}
        </Typography>
        <StartChecklist state={data} heading="h3" />
      </CardContent>
    </Card>
  );
};
