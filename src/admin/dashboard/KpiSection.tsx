import LockIcon from '@mui/icons-material/Lock';
import { Alert, Box, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DashboardData } from '../api/dashboard';
import { CreateLink } from '../nextSteps/CreateLink';
import { EmptyNote } from './EmptyNote';
import { IndicatorCard } from './IndicatorCard';
import { KpiSummary } from './KpiSummary';

/** Goal attainment first: the board's first question is whether the programme is on target. */
export const KpiSection = ({ data }: { data: DashboardData }) => {
  const translate = useTranslate();
  const { kpi, period } = data;
  return (
    <Stack component="section" aria-labelledby="kpi-title" gap={2}>
      <div>
        <Typography id="kpi-title" variant="h5" component="h2">
          {translate('beredskab.dashboard.kpi.title')}
        </Typography>
        {kpi.indicators.length > 0 && (
          <Typography color="text.secondary">
            {translate('beredskab.dashboard.kpi.summaryHelp', { label: period.label })}
          </Typography>
        )}
      </div>
      {kpi.indicators.length === 0 ? (
        <Card>
          <CardContent>
            <EmptyNote help={translate('beredskab.dashboard.kpi.noneHelp')}>
              {translate('beredskab.dashboard.kpi.none')}
            </EmptyNote>
            <Box sx={{ mt: 1 }}>
              <CreateLink
                resource="indicators"
                label="beredskab.empty.next.indicators"
                record={{ programmeId: period.programmeId }}
                variant="outlined"
              />
            </Box>
          </CardContent>
        </Card>
      ) : (
        <>
          {kpi.locked && (
            <Alert severity="info" icon={<LockIcon />}>
              {translate('beredskab.dashboard.kpi.locked', { year: period.year })}
            </Alert>
          )}
          <KpiSummary summary={kpi.summary} />
          {/* Per-area indicators span the page; programme-wide ones, a single line each, two by two on a wide screen. */}
          <Grid container spacing={2} data-indicators={kpi.indicators.length}>
            {kpi.indicators.map((stats) => (
              <Grid key={stats.indicator.id} size={{ xs: 12, xl: stats.indicator.perArea ? 12 : 6 }}>
                <IndicatorCard stats={stats} label={period.label} />
              </Grid>
            ))}
          </Grid>
        </>
      )}
    </Stack>
  );
};
