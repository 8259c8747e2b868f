import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Attainment } from '../../domain/attainment';
import type { IndicatorStats } from '../api/dashboard';
import { useFormatNumber } from '../formatting/useFormatNumber';
import { AttainmentChip } from './AttainmentChip';

interface Props {
  stats: IndicatorStats;
  label: string;
}

/** The year's status per area (and for the programme): baseline, target, actual, change. */
export const IndicatorTable = ({ stats, label }: Props) => {
  const translate = useTranslate();
  const { signed, inUnit } = useFormatNumber();
  const { indicator, rows, total } = stats;
  const t = (key: string, args?: object) => translate(`beredskab.dashboard.kpi.${key}`, args);
  const change = (a: Attainment) => {
    if (a.change === null) return '–';
    if (indicator.unit === 'percent') return `${signed(a.change)} ${t('points')}`;
    return a.changeShare === null
      ? signed(a.change)
      : `${signed(a.change)} (${signed(a.changeShare * 100)}\u00a0%)`;
  };
  const line = (key: string, name: string, a: Attainment, strong = false) => (
    <TableRow key={key} sx={strong ? { '& td, & th': { fontWeight: 600 } } : undefined}>
      <TableCell component="th" scope="row">
        {name}
      </TableCell>
      <TableCell align="right">{inUnit(a.baseline, indicator.unit)}</TableCell>
      <TableCell align="right">{inUnit(a.target, indicator.unit)}</TableCell>
      <TableCell align="right">{inUnit(a.actual, indicator.unit)}</TableCell>
      <TableCell align="right">{change(a)}</TableCell>
      <TableCell>
        <AttainmentChip status={a.status} />
      </TableCell>
    </TableRow>
  );
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
        {indicator.perArea
          ? [
              ...rows.map((row) => line(String(row.areaId), row.name ?? '', row)),
              line('total', t(`total.${total.method}`), total, true),
            ]
          : line('all', t('wholeProgramme'), rows[0] ?? total)}
      </TableBody>
    </Table>
  );
};
