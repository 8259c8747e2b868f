import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { IndicatorStats } from '../api/dashboard';
import { AttainmentChip } from './AttainmentChip';
import { attainmentRows, useAttainmentText } from './useAttainmentText';

interface Props {
  stats: IndicatorStats;
  label: string;
}

/** Label and figure side by side, two pairs a line. */
const pairs = {
  display: 'grid',
  gridTemplateColumns: 'auto 1fr auto 1fr',
  columnGap: 1.5,
  rowGap: 0.25,
  m: 0,
  '& dt': { color: 'text.secondary' },
  '& dd': { m: 0, fontVariantNumeric: 'tabular-nums' },
} as const;

/**
 * The status table on a phone: one block per area, its name beside its status and under
 * them its figures, so nothing has to be swiped to and the name never scrolls away.
 */
export const IndicatorRows = ({ stats, label }: Props) => {
  const translate = useTranslate();
  const { indicator } = stats;
  const t = (key: string, args?: object) => translate(`beredskab.dashboard.kpi.${key}`, args);
  const { figure, change } = useAttainmentText(indicator);
  return (
    <Box
      component="ul"
      aria-label={t('table', { name: indicator.name, label })}
      className="indicator-rows"
      sx={{ listStyle: 'none', m: 0, p: 0 }}
    >
      {attainmentRows(stats, t(`total.${stats.total.method}`), t('wholeProgramme')).map(
        ({ key, name, a, total }) => (
          <Box
            component="li"
            key={key}
            sx={{ py: 1, borderBottom: 1, borderColor: 'divider', fontWeight: total ? 600 : undefined }}
          >
            <Stack direction="row" gap={1} justifyContent="space-between" alignItems="flex-start" mb={0.5}>
              <Typography fontWeight={600} sx={{ overflowWrap: 'anywhere' }}>
                {name}
              </Typography>
              <AttainmentChip status={a.status} />
            </Stack>
            <Box component="dl" sx={pairs}>
              <dt>{t('actual')}</dt>
              <dd>{figure(a.actual)}</dd>
              <dt>{t('target')}</dt>
              <dd>{figure(a.target)}</dd>
              <dt>{t('baseline', { year: indicator.baselineYear })}</dt>
              <dd>{figure(a.baseline)}</dd>
              <dt>{t('change')}</dt>
              <dd>{change(a)}</dd>
            </Box>
          </Box>
        ),
      )}
    </Box>
  );
};
