import { FormControlLabel, MenuItem, Stack, Switch, TextField } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import { copenhagenYear } from '../../domain/copenhagenDay';
import type { PeriodQuery } from '../api/period';
import { useIntlLocale } from '../formatting/useIntlLocale';

interface Props {
  programmes: RaRecord[];
  programme: RaRecord | undefined;
  period: PeriodQuery;
  onChange(next: Partial<PeriodQuery>): void;
  /** The grid's figures belong to calendar or project years by indicator, so it offers no toggle. */
  withProjectYear?: boolean;
}

const yearOf = (date: unknown, fallback: number) =>
  typeof date === 'string' ? Number(date.slice(0, 4)) : fallback;

/** From a little before the programme (its baseline years) to its end or this year. */
function yearChoices(programme: RaRecord | undefined, selected: number): number[] {
  const now = copenhagenYear(new Date());
  const first = Math.min(yearOf(programme?.periodStart, now) - 2, selected);
  const last = Math.max(yearOf(programme?.periodEnd, now), now, selected);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** Programme, year and, where the programme's year does not start in January, the project year. */
export const PeriodSelector = ({
  programmes,
  programme,
  period,
  onChange,
  withProjectYear = true,
}: Props) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const startMonth = Number(programme?.projectYearStartMonth ?? 1);
  const month = (m: number) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, m - 1, 1));
  return (
    <Stack direction="row" gap={2} flexWrap="wrap" alignItems="center" sx={{ my: 2 }}>
      <TextField
        select
        size="small"
        fullWidth={false}
        label={translate('beredskab.period.programme')}
        value={period.programmeId}
        onChange={(e) => onChange({ programmeId: Number(e.target.value) })}
        sx={{ minWidth: 280 }}
      >
        {programmes.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {String(p.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        fullWidth={false}
        label={translate('beredskab.period.year')}
        value={period.year}
        onChange={(e) => onChange({ year: Number(e.target.value) })}
        sx={{ minWidth: 110 }}
      >
        {yearChoices(programme, period.year).map((y) => (
          <MenuItem key={y} value={y}>
            {y}
          </MenuItem>
        ))}
      </TextField>
      {withProjectYear && startMonth !== 1 && (
        <FormControlLabel
          control={
            <Switch
              checked={period.projectYear}
              onChange={(e) => onChange({ projectYear: e.target.checked })}
            />
          }
          label={translate('beredskab.period.projectYear', {
            from: month(startMonth),
            to: month(startMonth === 1 ? 12 : startMonth - 1),
          })}
        />
      )}
    </Stack>
  );
};
