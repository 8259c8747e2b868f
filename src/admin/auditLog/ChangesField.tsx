import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ChangesTable } from '../history/ChangesTable';
import type { FieldChange } from '../history/recordChanges';

type Changes = Record<string, { before: unknown; after: unknown }> | null | undefined;

/** The logged changes as a table field / before / after, the values as plain text. */
export const ChangesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const changes: FieldChange[] = Object.entries((record?.changes as Changes) ?? {}).map(([field, c]) => ({
    field,
    before: c?.before,
    after: c?.after,
  }));
  if (!record || changes.length === 0)
    return <Typography variant="body2">{translate('beredskab.audit.noChanges')}</Typography>;
  return <ChangesTable resource={String(record.resource ?? '')} changes={changes} />;
};
