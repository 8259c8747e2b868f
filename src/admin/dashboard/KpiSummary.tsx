import CheckIcon from '@mui/icons-material/CheckCircle';
import CrossIcon from '@mui/icons-material/Cancel';
import QuestionIcon from '@mui/icons-material/HelpOutline';
import { Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { KpiStats } from '../api/dashboard';

const CARDS = [
  { status: 'met', colour: 'success.main', Icon: CheckIcon },
  { status: 'notMet', colour: 'error.main', Icon: CrossIcon },
  { status: 'noData', colour: 'text.secondary', Icon: QuestionIcon },
] as const;

/** Met / not met / no data, counted over every indicator and area of the year. */
export const KpiSummary = ({ summary }: { summary: KpiStats['summary'] }) => {
  const translate = useTranslate();
  return (
    <Grid container spacing={2}>
      {CARDS.map(({ status, colour, Icon }) => (
        <Grid key={status} size={{ xs: 12, sm: 4 }}>
          <Card
            component="section"
            aria-label={translate(`beredskab.dashboard.statuses.${status}`)}
            className={`kpi-summary-${status}`}
            sx={{ borderLeft: 6, borderColor: colour }}
          >
            <CardContent>
              <Stack direction="row" alignItems="center" gap={1.5}>
                <Icon sx={{ color: colour, fontSize: 36 }} />
                <div>
                  <Typography variant="h4" component="p" lineHeight={1}>
                    {summary[status]}
                  </Typography>
                  <Typography color="text.secondary">
                    {translate(`beredskab.dashboard.statuses.${status}`)}
                  </Typography>
                </div>
              </Stack>
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
};
