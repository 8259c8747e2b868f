import { Alert, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslate, type RaRecord } from 'react-admin';
import { yearLabel } from '../../domain/projectYear';
import type { PeriodQuery } from '../api/period';
import { StatusReportButton } from '../export/StatusReportButton';
import { ActivePlansCard } from './ActivePlansCard';
import { ActivitiesCard } from './ActivitiesCard';
import { IncidentsSection } from './IncidentsSection';
import { KpiSection } from './KpiSection';
import { ResponseCard } from './ResponseCard';
import { RoundCard } from './RoundCard';
import { StaleContactsCard } from './StaleContactsCard';
import { useDashboardData } from './useDashboardData';

/** Memoised: the page above re-renders as the URL and the remembered choice settle, the charts need not. */
export const DashboardContent = memo(
  ({ period, programme }: { period: PeriodQuery; programme: RaRecord }) => {
    const translate = useTranslate();
    const { data, error, isPending, isPlaceholderData } = useDashboardData(period);
    if (isPending) return <LinearProgress />;
    if (error || !data)
      return (
        <Alert severity="error">
          {translate('beredskab.dashboard.loadError', { message: (error as Error | null)?.message ?? '' })}
        </Alert>
      );
    const activityLabel = yearLabel(period.year, true, Number(programme.projectYearStartMonth ?? 1));
    return (
      <Stack gap={4} sx={{ opacity: isPlaceholderData ? 0.6 : 1 }} aria-busy={isPlaceholderData}>
        <Stack direction="row" justifyContent="space-between" alignItems="center" flexWrap="wrap" gap={1}>
          <Typography variant="h4" component="h1">
            {translate('beredskab.dashboard.heading', {
              programme: data.period.programmeName,
              label: data.period.label,
            })}
          </Typography>
          <StatusReportButton period={period} />
        </Stack>
        <KpiSection data={data} />
        <RoundCard period={period} />
        <IncidentsSection data={data} />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <ResponseCard response={data.response} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <ActivePlansCard plans={data.activePlans} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <StaleContactsCard
              contacts={data.staleContacts}
              total={data.contacts}
              programmeId={period.programmeId}
            />
          </Grid>
        </Grid>
        <ActivitiesCard activities={data.activities} label={activityLabel} />
      </Stack>
    );
  },
);
DashboardContent.displayName = 'DashboardContent';
