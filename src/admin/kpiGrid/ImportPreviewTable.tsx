import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportPreview } from '../api/kpiGrid';

/** The file as the server read it: every cell with an error red with its reason, unknown rows and columns flagged. */
export const ImportPreviewTable = ({ preview }: { preview: ImportPreview }) => {
  const translate = useTranslate();
  const cells = new Map(preview.cells.map((c) => [`${c.row}:${c.column}`, c]));
  const flag = (key: string) => (
    <Chip size="small" color="warning" label={translate(`beredskab.kpiImport.${key}`)} />
  );
  return (
    <Table size="small" aria-label={translate('beredskab.kpiImport.button')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('beredskab.kpiImport.row')}</TableCell>
          {preview.columns.map((col) => (
            <TableCell key={col.column} align="right">
              {col.header}
              {col.indicatorId === null && <div>{flag('unknownColumn')}</div>}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {preview.rows.map((row) => (
          <TableRow key={row.row}>
            <TableCell component="th" scope="row">
              {row.label} {!row.known && flag('unknownRow')}
            </TableCell>
            {preview.columns.map((col) => {
              const cell = cells.get(`${row.row}:${col.column}`);
              return (
                <TableCell
                  key={col.column}
                  align="right"
                  className={cell?.error ? 'import-error' : undefined}
                  aria-invalid={cell?.error ? true : undefined}
                  sx={cell?.error ? { bgcolor: 'error.light', color: 'error.contrastText' } : undefined}
                >
                  {cell?.raw ?? ''}
                  {cell?.error && (
                    <Typography variant="caption" component="div" fontWeight={600}>
                      {cell.error}
                    </Typography>
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
