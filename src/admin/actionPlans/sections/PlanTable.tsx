import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

// MUI's 16 px each side pushed the last column (the phone) out of view beside the plan's aside at 1440 px.
const CELL_PX = 1;

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
    // A wide table scrolls on a phone: focusable and named, so a keyboard can scroll it too.
    <TableContainer
      className="plan-table-container"
      tabIndex={0}
      role="region"
      aria-label={translate('beredskab.a11y.scrollRegion', { name: translate(label) })}
    >
      <Table size="small" aria-label={translate(label)} className="plan-table">
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column} sx={{ fontWeight: 600, px: CELL_PX }}>
                {translate(column)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={index}>
              {cells(row, index).map((cell, i) => (
                // A long word (an address, a compound) may break rather than push the phone out of view.
                <TableCell
                  key={i}
                  sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', verticalAlign: 'top', px: CELL_PX }}
                >
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
