import UploadFileIcon from '@mui/icons-material/UploadFile';
import { CircularProgress } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { useDataProvider, useNotify, type HttpError } from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import type { ImportPreview, KpiGrid } from '../api/kpiGrid';
import type { BeredskabDataProvider } from '../providers/dataProvider';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { readBase64 } from './readBase64';

const MAX_BYTES = 700_000;

interface Props {
  programmeId: number;
  grid: KpiGrid;
  onTransfer(cells: { indicatorId: number; areaId: number | null; value: number }[]): void;
}

/** "Importér fra fil": a housing company's xlsx or csv, previewed by the server; nothing is saved. */
export const ImportButton = ({ programmeId, grid, onTransfer }: Props) => {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<{ filename: string; preview: ImportPreview }>();

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) return notify('beredskab.kpiImport.tooLarge', { type: 'error' });
    setReading(true);
    try {
      const content = await readBase64(file);
      const result = await dataProvider.previewKpiImport(programmeId, grid.year, {
        filename: file.name,
        content,
      });
      setPreview({ filename: file.name, preview: result });
    } catch (err) {
      const message = (err as HttpError).message;
      notify('beredskab.kpiImport.failed', { type: 'error', messageArgs: { message } });
    } finally {
      setReading(false);
    }
  };

  return (
    <>
      <input ref={input} type="file" accept=".xlsx,.csv" hidden onChange={read} aria-hidden />
      <LabelledButton
        label={reading ? 'beredskab.kpiImport.reading' : 'beredskab.kpiImport.button'}
        onClick={() => input.current?.click()}
        disabled={reading}
      >
        {reading ? <CircularProgress size={16} /> : <UploadFileIcon />}
      </LabelledButton>
      {preview && (
        <ImportPreviewDialog
          {...preview}
          onClose={() => setPreview(undefined)}
          onTransfer={(cells) => {
            onTransfer(cells);
            setPreview(undefined);
            notify('beredskab.kpiImport.transferred', {
              type: 'info',
              messageArgs: { smart_count: cells.length },
            });
          }}
        />
      )}
    </>
  );
};
