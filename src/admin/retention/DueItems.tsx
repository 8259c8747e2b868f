import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RetentionPreview } from '../api/retention';
import { useFormatDate } from '../formatting/useFormatDate';

/** What is due within 30 days, oldest first: which record, of which programme, when. No content. */
export const DueItems = ({ preview }: { preview: RetentionPreview }) => {
  const translate = useTranslate();
  const { instant } = useFormatDate();
  const names = new Map(preview.programmes.map((p) => [p.id, p.name]));
  if (preview.items.length === 0)
    return <Typography color="text.secondary">{translate('beredskab.retention.nothingDue')}</Typography>;
  return (
    <Table size="small" aria-label={translate('beredskab.retention.dueSoon')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('beredskab.retention.item')}</TableCell>
          <TableCell>{translate('beredskab.retention.programme')}</TableCell>
          <TableCell>{translate('beredskab.retention.dueAt')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {preview.items.map((item) => (
          <TableRow key={`${item.resource}-${item.id}`}>
            <TableCell>
              {translate(`beredskab.retention.resources.${item.resource}`)} #{item.id}
            </TableCell>
            <TableCell>{names.get(item.programmeId)}</TableCell>
            <TableCell>{instant(item.dueAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
