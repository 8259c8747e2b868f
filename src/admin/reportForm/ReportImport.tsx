import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { CircularProgress, Stack } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { useNotify } from 'react-admin';
import type { ReportImportPreview } from '../api/reporting';
import { LabelledButton } from '../buttons/LabelledButton';
import { downloadFile } from '../export/downloadFile';
import { ImportPreviewDialog } from '../kpiGrid/ImportPreviewDialog';
import { readBase64 } from '../kpiGrid/readBase64';
import { previewImport, reportPath } from './reportApi';

const MAX_BYTES = 700_000;

type Cell = { indicatorId: number; areaId: number | null; value: number };

/** The reporter's part as an Excel template, and the filled-in file read back by the import's preview. */
export const ReportImport = ({ token, onTransfer }: { token: string; onTransfer(cells: Cell[]): void }) => {
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'template' | 'reading'>();
  const [preview, setPreview] = useState<{ filename: string; preview: ReportImportPreview }>();

  const template = async () => {
    setBusy('template');
    try {
      await downloadFile(`${reportPath(token)}/template.xlsx`, 'indberetning.xlsx');
    } catch (err) {
      notify('beredskab.kpiImport.templateFailed', {
        type: 'error',
        messageArgs: { message: (err as Error).message },
      });
    } finally {
      setBusy(undefined);
    }
  };

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) return notify('beredskab.kpiImport.tooLarge', { type: 'error' });
    setBusy('reading');
    try {
      const content = await readBase64(file);
      setPreview({
        filename: file.name,
        preview: await previewImport(token, { filename: file.name, content }),
      });
    } catch (err) {
      notify('beredskab.kpiImport.failed', {
        type: 'error',
        messageArgs: { message: (err as Error).message },
      });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Stack direction="row" gap={1} flexWrap="wrap">
      <LabelledButton
        label="beredskab.reportForm.template"
        variant="outlined"
        onClick={template}
        disabled={!!busy}
      >
        {busy === 'template' ? <CircularProgress size={16} /> : <DownloadIcon />}
      </LabelledButton>
      <input ref={input} type="file" accept=".xlsx,.csv" hidden onChange={read} aria-hidden tabIndex={-1} />
      <LabelledButton
        label={busy === 'reading' ? 'beredskab.kpiImport.reading' : 'beredskab.reportForm.upload'}
        variant="outlined"
        onClick={() => input.current?.click()}
        disabled={!!busy}
      >
        {busy === 'reading' ? <CircularProgress size={16} /> : <UploadFileIcon />}
      </LabelledButton>
      {preview && (
        <ImportPreviewDialog
          {...preview}
          intro="beredskab.reportForm.importIntro"
          transferLabel="beredskab.reportForm.transfer"
          onClose={() => setPreview(undefined)}
          onTransfer={(cells) => {
            onTransfer(cells);
            setPreview(undefined);
            notify('beredskab.reportForm.transferred', {
              type: 'info',
              messageArgs: { smart_count: cells.length },
            });
          }}
        />
      )}
    </Stack>
  );
};
