import { Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormatNumber } from '../formatting/useFormatNumber';
import { AttainmentChip } from './AttainmentChip';
import { LINE } from './chartColours';
import { ChartTable } from './ChartTable';
import { DrawWhenSeen } from './DrawWhenSeen';
import { ALL_TICKS, plainTick, spacedFor, useLabelsThatFit } from './ticks';
import type { Place } from './placeSeries';

const HEIGHT = 170;
const YEAR_TICK = plainTick(11);

interface Props {
  place: Place;
  unit: string;
  indicatorName: string;
}

/** One place's figures over the years: the actual line, its target dashed, its baseline dotted. */
export const IndicatorChart = ({ place, unit, indicatorName }: Props) => {
  const translate = useTranslate();
  const { inUnit } = useFormatNumber();
  const fit = useLabelsThatFit();
  const format = (value: unknown) => (typeof value === 'number' ? inUnit(value, unit) : '–');
  const valueTick = useMemo(
    () => plainTick(11, (value) => (typeof value === 'number' ? inUnit(value, unit) : '–')),
    [inUnit, unit],
  );
  const label = translate('beredskab.dashboard.kpi.chartLabel', {
    indicator: indicatorName,
    place: place.name,
  });
  return (
    <figure style={{ margin: 0 }} className="indicator-chart">
      <Stack
        direction="row"
        justifyContent="space-between"
        alignItems="center"
        gap={1}
        component="figcaption"
      >
        <Typography variant="subtitle2" noWrap title={place.name}>
          {place.name}
        </Typography>
        <AttainmentChip status={place.status} />
      </Stack>
      <DrawWhenSeen height={HEIGHT}>
        {(width, engaged) => (
          <LineChart
            width={width}
            height={HEIGHT}
            data={place.points}
            // On the right, room for half the last year's label: every tick is shown, none moved in.
            margin={{ top: 14, right: 18, left: 0, bottom: 0 }}
            title={label}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" tick={YEAR_TICK} interval={spacedFor(place.points.length, fit)} />
            <YAxis
              width={56}
              interval={ALL_TICKS}
              tick={valueTick}
              domain={['auto', 'auto']}
              allowDecimals={unit !== 'count'}
            />
            {engaged && <Tooltip formatter={format} />}
            {place.baseline !== null && (
              <ReferenceLine
                y={place.baseline}
                stroke={LINE.baseline}
                strokeDasharray="2 4"
                ifOverflow="extendDomain"
                label={{
                  value: translate('beredskab.dashboard.kpi.chartBaseline'),
                  position: 'insideBottomLeft',
                  fontSize: 10,
                  fill: LINE.baseline,
                }}
              />
            )}
            <Line
              dataKey="target"
              name={translate('beredskab.dashboard.kpi.chartTarget')}
              stroke={LINE.target}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              dataKey="actual"
              name={translate('beredskab.dashboard.kpi.chartActual')}
              stroke={LINE.actual}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        )}
      </DrawWhenSeen>
      <ChartTable
        hidden
        label={label}
        columns={[
          translate('beredskab.a11y.chart.year'),
          translate('beredskab.dashboard.kpi.chartActual'),
          translate('beredskab.dashboard.kpi.chartTarget'),
        ]}
        rows={place.points.map((p) => [p.year, format(p.actual), format(p.target)])}
      />
    </figure>
  );
};
