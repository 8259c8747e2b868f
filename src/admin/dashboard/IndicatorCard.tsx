import { Box, Grid, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { IndicatorStats } from '../api/dashboard';
import { useTargetText } from '../indicators/useTargetText';
import { ChartKey } from './ChartKey';
import { DashboardCard } from './DashboardCard';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorRows } from './IndicatorRows';
import { IndicatorTable } from './IndicatorTable';
import { placesOf } from './placeSeries';

/** One indicator: is each area on target this year, and how it got there since the baseline. */
export const IndicatorCard = ({ stats, label }: { stats: IndicatorStats; label: string }) => {
  const translate = useTranslate();
  const targetText = useTargetText();
  const { indicator } = stats;
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const places = placesOf(stats, translate('beredskab.dashboard.kpi.wholeProgramme'));
  const subtitle = [
    translate(`beredskab.directions.${indicator.direction}`),
    targetText(indicator),
    translate('beredskab.dashboard.kpi.baselineYear', { year: indicator.baselineYear }),
    translate('beredskab.dashboard.kpi.measuredPer', {
      period: translate(`beredskab.periods.${indicator.period}`),
    }),
  ].join(' · ');
  const wide = places.length > 1;
  return (
    <DashboardCard title={indicator.name} subtitle={subtitle}>
      <Grid container spacing={2} className="indicator-card">
        <Grid size={{ xs: 12, md: wide ? 12 : 7, xl: 12 }}>
          {phone ? (
            <IndicatorRows stats={stats} label={label} />
          ) : (
            /* Scrolls sideways on a narrow screen: focusable and named, so a keyboard can scroll it too. */
            <Box
              sx={{ overflowX: 'auto' }}
              tabIndex={0}
              role="region"
              aria-label={translate('beredskab.a11y.scrollRegion', {
                name: translate('beredskab.dashboard.kpi.table', { name: indicator.name, label }),
              })}
            >
              <IndicatorTable stats={stats} label={label} />
            </Box>
          )}
        </Grid>
        <Grid size={{ xs: 12, md: wide ? 12 : 5, xl: 12 }}>
          <ChartKey />
          <Grid container spacing={2} mt={0.5}>
            {places.map((place) => (
              <Grid key={place.key} size={{ xs: 12, sm: 6, md: wide ? 3 : 12 }}>
                <IndicatorChart place={place} unit={indicator.unit} indicatorName={indicator.name} />
              </Grid>
            ))}
          </Grid>
          {indicator.dataSource && (
            <Typography variant="caption" color="text.secondary" component="p" mt={1}>
              {indicator.dataSource}
            </Typography>
          )}
        </Grid>
      </Grid>
    </DashboardCard>
  );
};
