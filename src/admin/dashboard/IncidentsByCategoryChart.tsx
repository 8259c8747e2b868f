import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { BAR } from './chartColours';
import type { IncidentStats } from './types';

/** The categories that occurred, most first, with their counts written at the bars. */
export const IncidentsByCategoryChart = ({ byCategory }: { byCategory: IncidentStats['byCategory'] }) => {
  const translate = useTranslate();
  const data = byCategory
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((c) => ({ ...c, name: translate(`beredskab.categories.${c.category}`) }));
  return (
    <BarChart
      responsive
      layout="vertical"
      style={{ width: '100%', height: 40 + data.length * 34 }}
      data={data}
      margin={{ top: 0, right: 32, left: 0, bottom: 0 }}
      title={translate('beredskab.dashboard.incidents.byCategory')}
      className="incidents-by-category"
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="name" width={180} tick={{ fontSize: 12 }} />
      <Tooltip cursor={{ fillOpacity: 0.3 }} />
      <Bar
        dataKey="count"
        name={translate('beredskab.dashboard.incidents.count')}
        fill={BAR}
        isAnimationActive={false}
      >
        <LabelList dataKey="count" position="right" />
      </Bar>
    </BarChart>
  );
};
