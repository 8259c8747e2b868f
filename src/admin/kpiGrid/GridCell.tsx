import { TableCell, TextField, Typography } from '@mui/material';
import { memo } from 'react';
import type { Provenance } from '../api/reporting';
import { ProvenanceNote } from '../provenance/ProvenanceNote';
import { onGridKeyDown } from './useGridKeys';

interface Props {
  cellId: string;
  /** Row and column, for moving with the keyboard. */
  at: string;
  label: string;
  text: string;
  error: string | undefined;
  /** Worth knowing but no reason not to save: a figure someone else changed meanwhile. */
  notice: string | undefined;
  changed: boolean;
  readOnly: boolean;
  /** Where an approved report's figure came from. */
  provenance?: Provenance;
  onText(cellId: string, text: string): void;
}

/** One figure: a text input taking "26,8", red with the reason when the figure cannot be saved. */
export const GridCell = memo(
  ({ cellId, at, label, text, error, notice, changed, readOnly, provenance, onText }: Props) => (
    <TableCell data-cell={at} sx={{ verticalAlign: 'top', minWidth: 120, p: 0.75 }}>
      {readOnly ? (
        <Typography align="right" title={label} component="div" sx={{ py: 0.75 }}>
          {text || '–'}
          {provenance && <ProvenanceNote provenance={provenance} short variant="caption" component="div" />}
        </Typography>
      ) : (
        <TextField
          size="small"
          variant="outlined"
          margin="none"
          value={text}
          onChange={(e) => onText(cellId, e.target.value)}
          error={!!error}
          color={notice && !error ? 'warning' : undefined}
          focused={notice && !error ? true : undefined}
          helperText={error ?? notice}
          fullWidth
          sx={
            changed && !error
              ? { '& .MuiInputBase-root': { bgcolor: 'rgba(25, 118, 210, 0.08)' } }
              : undefined
          }
          slotProps={{
            htmlInput: {
              'aria-label': label,
              inputMode: 'decimal',
              autoComplete: 'off',
              style: { textAlign: 'right' },
              onKeyDown: onGridKeyDown,
              onFocus: (e: { target: HTMLInputElement }) => e.target.select(),
            },
          }}
        />
      )}
    </TableCell>
  ),
);
GridCell.displayName = 'GridCell';
