import { useTranslate } from 'react-admin';
import { LINE } from './chartColours';
import { KeyList } from './KeyList';

const KEYS = [
  { key: 'chartActual', colour: LINE.actual, dash: undefined },
  { key: 'chartTarget', colour: LINE.target, dash: '6 4' },
  { key: 'chartBaseline', colour: LINE.baseline, dash: '2 4' },
] as const;

/** One key for all of an indicator's small charts: solid actual, dashed target, dotted baseline. */
export const ChartKey = () => {
  const translate = useTranslate();
  return (
    <KeyList
      items={KEYS.map(({ key, colour, dash }) => ({
        key,
        label: translate(`beredskab.dashboard.kpi.${key}`),
        swatch: (
          <svg width="28" height="8" aria-hidden>
            <line x1="0" y1="4" x2="28" y2="4" stroke={colour} strokeWidth="2" strokeDasharray={dash} />
          </svg>
        ),
      }))}
    />
  );
};
