import { useTranslate } from 'react-admin';
import { LEVELS } from '../../domain/levels';
import { LEVEL_OUTLINES } from './chartColours';
import { KeyList } from './KeyList';
import { LevelPatterns, usePatternPrefix } from './LevelPatterns';

/**
 * The levels' key under a bar chart, each swatch filled as its bars are (colour and pattern).
 * Outside the chart: recharts' own legend measured itself once drawn and then drew the whole
 * chart a second time to make room for it.
 */
export const LevelKey = () => {
  const translate = useTranslate();
  const prefix = usePatternPrefix();
  return (
    <>
      {/* The patterns the swatches fill with; beside the list, which holds only its items. */}
      <svg width="0" height="0" aria-hidden style={{ position: 'absolute' }}>
        <LevelPatterns prefix={prefix} />
      </svg>
      <KeyList
        className="level-key"
        sx={{ justifyContent: 'center', mt: 1 }}
        items={LEVELS.map((level) => ({
          key: level,
          label: translate(`beredskab.levels.${level}`),
          swatch: (
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
          ),
        }))}
      />
    </>
  );
};
