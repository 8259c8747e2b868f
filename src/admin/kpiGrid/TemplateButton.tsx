import DownloadIcon from '@mui/icons-material/Download';
import { CircularProgress } from '@mui/material';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import { downloadFile } from '../export/downloadFile';

/** "Hent skabelon": an xlsx with the programme's areas and indicators by name, laid out as the import reads it. */
export const TemplateButton = ({ programmeId, year }: { programmeId: number; year: number }) => {
  const notify = useNotify();
  const [making, setMaking] = useState(false);
  const download = async () => {
    setMaking(true);
    try {
      const query = new URLSearchParams({ programmeId: String(programmeId), year: String(year) });
      await downloadFile(`/api/kpi/template.xlsx?${query}`, `kpi-skabelon-${year}.xlsx`);
    } catch (err) {
      notify('beredskab.kpiImport.templateFailed', {
        type: 'error',
        messageArgs: { message: (err as Error).message },
      });
    } finally {
      setMaking(false);
    }
  };
  return (
    <LabelledButton label="beredskab.kpiImport.template" onClick={download} disabled={making}>
      {making ? <CircularProgress size={16} /> : <DownloadIcon />}
    </LabelledButton>
  );
};
