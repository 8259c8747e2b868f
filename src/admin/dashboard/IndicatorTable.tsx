import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { IndicatorStats } from '../api/dashboard';
import { AttainmentChip } from './AttainmentChip';
import { attainmentRows, useAttainmentText } from './useAttainmentText';

interface Props {
  stats: IndicatorStats;
  label: string;
}

/** The year's status per area (and for the programme): baseline, target, actual, change. */
export const IndicatorTable = ({ stats, label }: Props) => {
  const translate = useTranslate();
  const { indicator } = stats;
  const t = (key: string, args?: object) => translate(`beredskab.dashboard.kpi.${key}`, args);
  const { figure, change } = useAttainmentText(indicator);
  return (
    <Table size="small" aria-label={t('table', { name: indicator.name, label })}>
      <TableHead>
        <TableRow>
          <TableCell>{t('area')}</TableCell>
          <TableCell align="right">{t('baseline', { year: indicator.baselineYear })}</TableCell>
          <TableCell align="right">{t('target')}</TableCell>
          <TableCell align="right">{t('actual')}</TableCell>
          <TableCell align="right">{t('change')}</TableCell>
          <TableCell>{t('status')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {attainmentRows(stats, t(`total.${stats.total.method}`), t('wholeProgramme')).map(
          ({ key, name, a, total }) => (
            <TableRow key={key} sx={total ? { '& td, & th': { fontWeight: 600 } } : undefined}>
              <TableCell component="th" scope="row">
                {name}
              </TableCell>
              <TableCell align="right">{figure(a.baseline)}</TableCell>
              <TableCell align="right">{figure(a.target)}</TableCell>
              <TableCell align="right">{figure(a.actual)}</TableCell>
              <TableCell align="right">{change(a)}</TableCell>
              <TableCell>
                <AttainmentChip status={a.status} />
              </TableCell>
            </TableRow>
          ),
        )}
      </TableBody>
    </Table>
  );
};
