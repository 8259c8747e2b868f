import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ERASED_RESOURCES } from '../../domain/retention';
import type { Counts } from '../api/retention';
import { useFormatNumber } from '../formatting/useFormatNumber';

/** Per resource: how many are due now, and how many in the next 30 days. */
export const DueCounts = ({ now, soon }: { now: Counts; soon: Counts }) => {
  const translate = useTranslate();
  const { number } = useFormatNumber();
  return (
    <Table size="small" aria-label={translate('beredskab.retention.title')} sx={{ maxWidth: 560 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('beredskab.retention.resource')}</TableCell>
          <TableCell align="right">{translate('beredskab.retention.dueNow')}</TableCell>
          <TableCell align="right">{translate('beredskab.retention.dueSoon')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {ERASED_RESOURCES.map((r) => (
          <TableRow key={r}>
            <TableCell component="th" scope="row">
              {translate(`beredskab.retention.resources.${r}`)}
            </TableCell>
            <TableCell align="right">{number(now[r])}</TableCell>
            <TableCell align="right">{number(soon[r])}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
