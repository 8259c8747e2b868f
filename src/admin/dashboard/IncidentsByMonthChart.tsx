import { useTranslate } from 'react-admin';
import { BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { LEVELS } from '../../domain/levels';
import type { IncidentStats } from '../api/dashboard';
import { useIntlLocale } from '../formatting/useIntlLocale';
import { ChartOrTable } from './ChartOrTable';
import { ChartTable } from './ChartTable';
import { ALL_TICKS, plainTick, spacedFor, useLabelsThatFit } from './ticks';
import { LevelKey } from './LevelKey';
import { levelBars, LevelPatterns, usePatternPrefix } from './LevelPatterns';

const TICK = plainTick(12);

const firstOf = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);

/** The period's months, each a stack of green, yellow and red incidents. */
export const IncidentsByMonthChart = ({ byMonth }: { byMonth: IncidentStats['byMonth'] }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const prefix = usePatternPrefix();
  const fit = useLabelsThatFit();
  const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const data = byMonth.map((m) => ({
    ...m,
    label: short.format(firstOf(m.month)),
    long: long.format(firstOf(m.month)),
  }));
  const title = translate('beredskab.dashboard.incidents.byMonth');
  const table = (
    <ChartTable
      label={title}
      columns={[
        translate('beredskab.a11y.chart.month'),
        ...LEVELS.map((level) => translate(`beredskab.levels.${level}`)),
      ]}
      rows={data.map((m) => [m.long, ...LEVELS.map((level) => m[level])])}
    />
  );
  const height = 300;
  const chart = (width: number, engaged: boolean) => (
    <BarChart
      width={width}
      height={height}
      data={data}
      margin={{ top: 10, right: 10, left: 0, bottom: 0 }}
      title={title}
      className="incidents-by-month"
    >
      <LevelPatterns prefix={prefix} />
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={TICK} interval={spacedFor(data.length, fit)} />
      <YAxis allowDecimals={false} width={32} interval={ALL_TICKS} tick={TICK} />
      {engaged && (
        <Tooltip
          labelFormatter={(_label, payload) => String(payload?.[0]?.payload?.long ?? _label)}
          cursor={{ fillOpacity: 0.3 }}
        />
      )}
      {levelBars(prefix, (level) => translate(`beredskab.levels.${level}`))}
    </BarChart>
  );
  return <ChartOrTable chart={chart} table={table} height={height} chartKey={<LevelKey />} />;
};
