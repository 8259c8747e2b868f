import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { LEVELS } from '../../domain/levels';
import { LEVEL_OUTLINES } from './chartColours';
import { LevelPatterns, usePatternPrefix } from './LevelPatterns';

/**
 * The levels' key under a bar chart, in page text, each swatch filled as its bars are (colour and
 * pattern), the swatches decoration for screen readers. Outside the chart: recharts' own legend
 * measured itself once drawn and then drew the whole chart a second time to make room for it.
 */
export const LevelKey = () => {
  const translate = useTranslate();
  const prefix = usePatternPrefix();
  return (
    <Stack
      component="ul"
      className="level-key"
      direction="row"
      justifyContent="center"
      flexWrap="wrap"
      gap={2}
      sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}
    >
      <svg width="0" height="0" aria-hidden style={{ position: 'absolute' }}>
        <LevelPatterns prefix={prefix} />
      </svg>
      {LEVELS.map((level) => (
        <Stack key={level} component="li" direction="row" alignItems="center" gap={0.5}>
          <svg width="14" height="14" aria-hidden>
            <rect
              x="0.5"
              y="0.5"
              width="13"
              height="13"
              fill={`url(#${prefix}-${level})`}
              stroke={LEVEL_OUTLINES[level]}
            />
          </svg>
          <Typography variant="body2">{translate(`beredskab.levels.${level}`)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
};
