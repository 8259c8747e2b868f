import { FormControlLabel, MenuItem, Stack, Switch, TextField } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { copenhagenYear } from '../../domain/copenhagenDay';
import { StatusReportButton } from '../export/StatusReportButton';
import { useMonthChoices } from './MonthField';

const yearOf = (date: unknown, fallback: number) =>
  typeof date === 'string' ? Number(date.slice(0, 4)) : fallback;

/** The yearly status workbook of the shown programme, for a year of its period. */
export const ProgrammeReport = () => {
  const record = useRecordContext();
  // Mounted once the record is there, so the year starts from the programme's period.
  return record ? <ReportPicker key={record.id} record={record} /> : null;
};

const ReportPicker = ({ record }: { record: RaRecord }) => {
  const translate = useTranslate();
  const months = useMonthChoices();
  const now = copenhagenYear(new Date());
  const [first, last] = [yearOf(record.periodStart, now), Math.min(yearOf(record.periodEnd, now), now)];
  const [year, setYear] = useState(Math.max(first, last));
  const [projectYear, setProjectYear] = useState(false);
  const startMonth = Number(record.projectYearStartMonth ?? 1);
  const years = Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => Math.max(first, last) - i);
  return (
    <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
      <TextField
        select
        size="small"
        fullWidth={false}
        margin="none"
        label={translate('beredskab.period.year')}
        value={year}
        onChange={(e) => setYear(Number(e.target.value))}
      >
        {years.map((y) => (
          <MenuItem key={y} value={y}>
            {y}
          </MenuItem>
        ))}
      </TextField>
      {startMonth !== 1 && (
        <FormControlLabel
          control={<Switch checked={projectYear} onChange={(e) => setProjectYear(e.target.checked)} />}
          label={translate('beredskab.period.projectYear', {
            from: months[startMonth - 1]?.name,
            to: months[(startMonth + 10) % 12]?.name,
          })}
        />
      )}
      <StatusReportButton period={{ programmeId: Number(record.id), year, projectYear }} />
    </Stack>
  );
};
