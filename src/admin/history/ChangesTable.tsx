import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { usePlainValue } from '../formatting/usePlainValue';
import type { FieldChange } from './recordChanges';

interface Props {
  resource: string;
  changes: FieldChange[];
  /** Heading of the after column: "Efter" in the log, "Nu" in the conflict dialog. */
  afterLabel?: string;
  /** A fourth column: what the reader has typed in the same field, where they did. */
  yours?: (field: string) => { value: unknown } | undefined;
}

/** Field / before / after, labelled as the resource's forms label them; values as plain text. */
export const ChangesTable = ({ resource, changes, afterLabel = 'beredskab.audit.after', yours }: Props) => {
  const translate = useTranslate();
  const plain = usePlainValue();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('beredskab.audit.field')}</TableCell>
          <TableCell>{translate('beredskab.audit.before')}</TableCell>
          <TableCell>{translate(afterLabel)}</TableCell>
          {yours && <TableCell>{translate('beredskab.conflict.yours')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map(({ field, before, after }) => {
          const mine = yours?.(field);
          return (
            <TableRow key={field}>
              <TableCell component="th" scope="row">
                {translate(`resources.${resource}.fields.${field}`, { _: field })}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{plain(before)}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{plain(after)}</TableCell>
              {yours && (
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{mine ? plain(mine.value) : ''}</TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
