import { useTranslate } from 'react-admin';
import type { Attainment } from '../../domain/attainment';
import type { IndicatorStats } from '../api/dashboard';
import { useFormatNumber } from '../formatting/useFormatNumber';

/** An area's attainment as text, in the indicator's unit: for the table and the phone's rows alike. */
export function useAttainmentText(indicator: IndicatorStats['indicator']) {
  const translate = useTranslate();
  const { signed, inUnit } = useFormatNumber();
  return {
    figure: (value: number | null) => inUnit(value, indicator.unit),
    change: (a: Attainment) => {
      if (a.change === null) return '–';
      if (indicator.unit === 'percent')
        return `${signed(a.change)} ${translate('beredskab.dashboard.kpi.points')}`;
      return a.changeShare === null
        ? signed(a.change)
        : `${signed(a.change)} (${signed(a.changeShare * 100)}\u00a0%)`;
    },
  };
}

/** The rows of an indicator's status: each area and the programme's total, or the programme alone. */
export function attainmentRows(stats: IndicatorStats, totalName: string, wholeName: string) {
  const { indicator, rows, total } = stats;
  return indicator.perArea
    ? [
        ...rows.map((row) => ({
          key: String(row.areaId),
          name: row.name ?? '',
          a: row as Attainment,
          total: false,
        })),
        { key: 'total', name: totalName, a: total as Attainment, total: true },
      ]
    : [{ key: 'all', name: wholeName, a: (rows[0] ?? total) as Attainment, total: false }];
}
