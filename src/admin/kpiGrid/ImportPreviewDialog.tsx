import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import type { ImportPreview } from '../api/kpiGrid';
import { ImportPreviewTable } from './ImportPreviewTable';

interface Props {
  filename: string;
  preview: ImportPreview;
  /** Where the figures go: the grid by default, the reporter's form there. */
  intro?: string;
  transferLabel?: string;
  onClose(): void;
  onTransfer(cells: { indicatorId: number; areaId: number | null; value: number }[]): void;
}

/** What the file would put in the grid. Only "Overfør til gitteret" changes anything, and only the grid. */
export const ImportPreviewDialog = ({
  filename,
  preview,
  intro = 'beredskab.kpiImport.intro',
  transferLabel = 'beredskab.kpiImport.transfer',
  onClose,
  onTransfer,
}: Props) => {
  const translate = useTranslate();
  const valid = preview.cells.flatMap((c) =>
    !c.error && c.value !== null ? [{ indicatorId: c.indicatorId, areaId: c.areaId, value: c.value }] : [],
  );
  return (
    <Dialog open onClose={onClose} aria-labelledby="import-title" fullWidth maxWidth="lg">
      <DialogTitle id="import-title">
        {translate('beredskab.kpiImport.title', { file: filename })}
      </DialogTitle>
      <DialogContent>
        <Typography gutterBottom>{translate(intro)}</Typography>
        <Alert severity={preview.errors > 0 ? 'warning' : 'info'} sx={{ mb: 2 }}>
          {translate('beredskab.kpiImport.summary', { valid: valid.length, errors: preview.errors })}
        </Alert>
        {preview.rows.length === 0 ? (
          <Typography>{translate('beredskab.kpiImport.empty')}</Typography>
        ) : (
          <ImportPreviewTable preview={preview} />
        )}
      </DialogContent>
      <DialogActions>
        <LabelledButton label="ra.action.cancel" onClick={onClose} />
        <LabelledButton
          label={transferLabel}
          variant="contained"
          disabled={valid.length === 0}
          onClick={() => onTransfer(valid)}
        />
      </DialogActions>
    </Dialog>
  );
};
