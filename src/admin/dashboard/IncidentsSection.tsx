import { Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useTranslate } from 'react-admin';
import { LEVELS } from '../../domain/levels';
import type { DashboardData } from '../api/dashboard';
import { LevelChip } from '../chips/LevelChip';
import { DashboardCard } from './DashboardCard';
import { EmptyNote } from './EmptyNote';
import { IncidentsByAreaChart } from './IncidentsByAreaChart';
import { IncidentsByCategoryChart } from './IncidentsByCategoryChart';
import { IncidentsByMonthChart } from './IncidentsByMonthChart';

/** How unrest developed over the period: by month and level, by category and by area. */
export const IncidentsSection = ({ data }: { data: DashboardData }) => {
  const translate = useTranslate();
  const { incidents, period } = data;
  const t = (key: string, args?: object) => translate(`beredskab.dashboard.incidents.${key}`, args);
  return (
    <Stack component="section" aria-labelledby="incidents-title" gap={2}>
      <div>
        <Typography id="incidents-title" variant="h5" component="h2">
          {t('title')}
        </Typography>
        {incidents.total > 0 && (
          <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
            <Typography color="text.secondary">
              {t('total', { smart_count: incidents.total, label: period.label })}:
            </Typography>
            {LEVELS.map((level) => (
              <Stack key={level} direction="row" gap={0.5} alignItems="center">
                <RecordContextProvider value={{ id: level, level }}>
                  <LevelChip />
                </RecordContextProvider>
                <Typography>{incidents.byLevel[level]}</Typography>
              </Stack>
            ))}
          </Stack>
        )}
      </div>
      {incidents.total === 0 ? (
        <Card>
          <CardContent>
            <EmptyNote>{t('none', { label: period.label })}</EmptyNote>
          </CardContent>
        </Card>
      ) : (
        <Grid container spacing={2}>
          <Grid size={12}>
            <DashboardCard title={t('byMonth')} subtitle={t('chartHelp')}>
              <IncidentsByMonthChart byMonth={incidents.byMonth} />
            </DashboardCard>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <DashboardCard title={t('byCategory')}>
              <IncidentsByCategoryChart byCategory={incidents.byCategory} />
            </DashboardCard>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <DashboardCard title={t('byArea')}>
              <IncidentsByAreaChart byArea={incidents.byArea} />
            </DashboardCard>
          </Grid>
        </Grid>
      )}
    </Stack>
  );
};
