import { useTranslate } from 'react-admin';
import { BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { LEVELS } from '../../domain/levels';
import type { IncidentStats } from '../api/dashboard';
import { ChartOrTable } from './ChartOrTable';
import { ALL_TICKS, plainTick } from './ticks';
import { ChartTable } from './ChartTable';
import { LevelKey } from './LevelKey';
import { levelBars, LevelPatterns, usePatternPrefix } from './LevelPatterns';

/** Long area names ("Området omkring Glarbjergvej, …") cut to one line; the tooltip names them in full. */
const short = (name: string) => (name.length > 26 ? `${name.slice(0, 25)}…` : name);
const AREA_TICK = plainTick(12, (name) => short(String(name)));
const COUNT_TICK = plainTick(12);

/** The areas with incidents, most first, each a stack by level. */
export const IncidentsByAreaChart = ({ byArea }: { byArea: IncidentStats['byArea'] }) => {
  const translate = useTranslate();
  const prefix = usePatternPrefix();
  const title = translate('beredskab.dashboard.incidents.byArea');
  const table = (
    <ChartTable
      label={title}
      columns={[
        translate('beredskab.dashboard.kpi.area'),
        ...LEVELS.map((level) => translate(`beredskab.levels.${level}`)),
      ]}
      rows={byArea.map((area) => [area.name, ...LEVELS.map((level) => area[level])])}
    />
  );
  const height = 70 + byArea.length * 36;
  const chart = (width: number, engaged: boolean) => (
    <BarChart
      width={width}
      height={height}
      layout="vertical"
      data={byArea}
      margin={{ top: 0, right: 16, left: 0, bottom: 0 }}
      title={title}
      className="incidents-by-area"
    >
      <LevelPatterns prefix={prefix} />
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} interval={ALL_TICKS} tick={COUNT_TICK} />
      <YAxis type="category" dataKey="name" width={170} interval={ALL_TICKS} tick={AREA_TICK} />
      {engaged && <Tooltip cursor={{ fillOpacity: 0.3 }} />}
      {levelBars(prefix, (level) => translate(`beredskab.levels.${level}`))}
    </BarChart>
  );
  return <ChartOrTable chart={chart} table={table} height={height} chartKey={<LevelKey />} />;
};
