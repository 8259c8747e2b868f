import { Stack, Typography } from '@mui/material';
import type { LegendPayload } from 'recharts';

/**
 * The charts' key in page text: each swatch is decoration (hidden from screen readers, where
 * recharts would say "Grønt legend icon"), the name beside it says what it stands for.
 * recharts' own class names stay, for whatever looks for its legend.
 */
export const ChartLegend = ({ payload }: { payload?: readonly LegendPayload[] }) => (
  <Stack
    component="ul"
    className="recharts-default-legend"
    direction="row"
    justifyContent="center"
    flexWrap="wrap"
    gap={2}
    sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}
  >
    {payload?.map((entry) => (
      <Stack
        key={String(entry.value)}
        component="li"
        className="recharts-legend-item"
        direction="row"
        alignItems="center"
        gap={0.5}
      >
        <svg width="14" height="14" aria-hidden>
          <rect width="14" height="14" fill={entry.color} />
        </svg>
        <Typography variant="body2">{entry.value}</Typography>
      </Stack>
    ))}
  </Stack>
);
