import DownloadIcon from '@mui/icons-material/Download';
import { CircularProgress } from '@mui/material';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import type { PeriodQuery } from '../api/period';
import { downloadFile } from './downloadFile';

/**
 * "Hent årsrapport (Excel)": the yearly status workbook for the period. The server makes it
 * on request, which takes a moment for a large year, so the button says so meanwhile.
 */
export const StatusReportButton = ({ period }: { period: PeriodQuery }) => {
  const notify = useNotify();
  const [making, setMaking] = useState(false);
  const download = async () => {
    setMaking(true);
    const query = new URLSearchParams({ programmeId: String(period.programmeId), year: String(period.year) });
    if (period.projectYear) query.set('projectYear', 'true');
    try {
      await downloadFile(`/api/exports/status-report.xlsx?${query}`, `aarsrapport-${period.year}.xlsx`);
    } catch (err) {
      notify('beredskab.report.failed', { type: 'error', messageArgs: { message: (err as Error).message } });
    } finally {
      setMaking(false);
    }
  };
  return (
    <LabelledButton
      label={making ? 'beredskab.report.making' : 'beredskab.report.download'}
      onClick={download}
      disabled={making}
      variant="outlined"
    >
      {making ? <CircularProgress size={16} /> : <DownloadIcon />}
    </LabelledButton>
  );
};
