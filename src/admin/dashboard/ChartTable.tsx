import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';

/** Out of sight, still read: the usual clip, as MUI's own visuallyHidden does it. */
const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

interface Props {
  /** Names the table for screen readers. */
  label: string;
  columns: string[];
  /** The first cell of a row heads it; the others are figures. */
  rows: (string | number)[][];
  /** Only for screen readers: the chart stays what sighted users see. */
  hidden?: boolean;
}

/** A chart's figures as a table: its text alternative. */
export const ChartTable = ({ label, columns, rows, hidden = false }: Props) => (
  <Table size="small" aria-label={label} sx={hidden ? visuallyHidden : undefined}>
    <TableHead>
      <TableRow>
        {columns.map((column, i) => (
          <TableCell key={column} align={i === 0 ? 'left' : 'right'}>
            {column}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
    <TableBody>
      {rows.map(([head, ...cells]) => (
        <TableRow key={String(head)}>
          <TableCell component="th" scope="row">
            {head}
          </TableCell>
          {cells.map((cell, i) => (
            <TableCell key={i} align="right">
              {cell}
            </TableCell>
          ))}
        </TableRow>
      ))}
    </TableBody>
  </Table>
);
