import { Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { PeriodQuery } from '../api/period';
import { useFormatDate } from '../formatting/useFormatDate';
import { useFormatNumber } from '../formatting/useFormatNumber';
import { DashboardCard } from './DashboardCard';
import { EmptyNote } from './EmptyNote';
import { useRoundCompleteness } from './useRoundCompleteness';

/**
 * This year's reporting round for the board: the reporting rate, how much came on time, and which
 * indicators are still missing from which organisation (organisations only, never contacts).
 */
export const RoundCard = ({ period }: { period: PeriodQuery }) => {
  const translate = useTranslate();
  const { percent } = useFormatNumber();
  const { day } = useFormatDate();
  const t = (key: string, args?: object) => translate(`beredskab.rounds.${key}`, args);
  const { data: rounds } = useGetList('reportingRounds', {
    filter: { programmeId: period.programmeId, year: period.year },
    sort: { field: 'opensOn', order: 'DESC' },
    pagination: { page: 1, perPage: 5 },
  });
  const round =
    rounds?.find((r) => r.status !== 'draft' && !!r.projectYear === period.projectYear) ?? rounds?.[0];
  const { progress, missing } = useRoundCompleteness(round?.id);
  if (!round)
    return (
      <DashboardCard title={t('dashboardTitle')}>
        <EmptyNote>{t('dashboardNone')}</EmptyNote>
      </DashboardCard>
    );
  return (
    <DashboardCard
      title={t('dashboardTitle')}
      subtitle={t('dashboardSubtitle', { year: round.year, due: day(round.dueOn as string) })}
    >
      {progress && (
        <Stack direction="row" gap={4} flexWrap="wrap" component="dl" sx={{ m: 0, mb: 2 }}>
          {(
            [
              ['reportingRate', percent(progress.reportingRate)],
              ['onTime', `${progress.onTime} / ${progress.expected}`],
              ['timeliness', percent(progress.timeliness)],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <Typography component="dt" variant="body2" color="text.secondary">
                {t(key)}
              </Typography>
              <Typography component="dd" variant="h5" sx={{ m: 0 }} data-round={key}>
                {value}
              </Typography>
            </div>
          ))}
        </Stack>
      )}
      {progress && missing.length === 0 ? (
        <EmptyNote>{t('allIn')}</EmptyNote>
      ) : (
        <>
          <Typography variant="subtitle2" component="h4">
            {t('stillMissing')}
          </Typography>
          <Stack component="ul" gap={0.5} sx={{ pl: 2.5, my: 1 }} aria-label={t('stillMissing')}>
            {missing.map((m) => (
              <li key={m.key}>
                {m.indicator} — {m.organisation}
              </li>
            ))}
          </Stack>
        </>
      )}
    </DashboardCard>
  );
};
