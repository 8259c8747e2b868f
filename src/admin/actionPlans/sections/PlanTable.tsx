import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface Props<T> {
  /** Translation keys of the column headers. */
  columns: string[];
  rows: readonly T[];
  cells(row: T, index: number): ReactNode[];
  label: string;
  empty?: string;
}

/**
 * The plan's lists as tables, on screen and on paper: the header repeats on every printed
 * page and a row is never split (see the print styles).
 */
export function PlanTable<T>({
  columns,
  rows,
  cells,
  label,
  empty = 'beredskab.actionPlans.none',
}: Props<T>) {
  const translate = useTranslate();
  if (rows.length === 0) return <Typography color="text.secondary">{translate(empty)}</Typography>;
  return (
    <TableContainer className="plan-table-container">
      <Table size="small" aria-label={translate(label)} className="plan-table">
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column} sx={{ fontWeight: 600 }}>
                {translate(column)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={index}>
              {cells(row, index).map((cell, i) => (
                <TableCell key={i} sx={{ whiteSpace: 'pre-wrap', verticalAlign: 'top' }}>
                  {cell === null || cell === undefined || cell === '' ? '–' : cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
