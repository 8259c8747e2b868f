import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { IncidentStats } from '../api/dashboard';
import { BAR } from './chartColours';
import { ChartOrTable } from './ChartOrTable';
import { ChartTable } from './ChartTable';
import { ALL_TICKS, plainTick } from './ticks';

const TICK = plainTick(12);

/** The categories that occurred, most first, with their counts written at the bars. */
export const IncidentsByCategoryChart = ({ byCategory }: { byCategory: IncidentStats['byCategory'] }) => {
  const translate = useTranslate();
  const data = byCategory
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((c) => ({ ...c, name: translate(`beredskab.categories.${c.category}`) }));
  const title = translate('beredskab.dashboard.incidents.byCategory');
  const count = translate('beredskab.dashboard.incidents.count');
  const table = (
    <ChartTable
      label={title}
      columns={[translate('beredskab.a11y.chart.category'), count]}
      rows={data.map((c) => [c.name, c.count])}
    />
  );
  const height = 40 + data.length * 34;
  const chart = (width: number, engaged: boolean) => (
    <BarChart
      width={width}
      height={height}
      layout="vertical"
      data={data}
      margin={{ top: 0, right: 32, left: 0, bottom: 0 }}
      title={title}
      className="incidents-by-category"
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} interval={ALL_TICKS} tick={TICK} />
      <YAxis type="category" dataKey="name" width={180} interval={ALL_TICKS} tick={TICK} />
      {engaged && <Tooltip cursor={{ fillOpacity: 0.3 }} />}
      <Bar dataKey="count" name={count} fill={BAR} isAnimationActive={false}>
        <LabelList dataKey="count" position="right" />
      </Bar>
    </BarChart>
  );
  return <ChartOrTable chart={chart} table={table} height={height} />;
};
