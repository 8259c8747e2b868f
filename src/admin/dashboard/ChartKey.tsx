import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { LINE } from './chartColours';

const KEYS = [
  { key: 'chartActual', colour: LINE.actual, dash: undefined },
  { key: 'chartTarget', colour: LINE.target, dash: '6 4' },
  { key: 'chartBaseline', colour: LINE.baseline, dash: '2 4' },
] as const;

/** One key for all of an indicator's small charts: solid actual, dashed target, dotted baseline. */
export const ChartKey = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" gap={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {KEYS.map(({ key, colour, dash }) => (
        <Stack key={key} direction="row" alignItems="center" gap={0.5} component="li">
          <svg width="28" height="8" aria-hidden>
            <line x1="0" y1="4" x2="28" y2="4" stroke={colour} strokeWidth="2" strokeDasharray={dash} />
          </svg>
          <Typography variant="body2">{translate(`beredskab.dashboard.kpi.${key}`)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
};
