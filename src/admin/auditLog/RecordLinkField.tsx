import { Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import { AUDITED_RESOURCES } from './choices';

/** The logged record's id, linked to its page while it may still exist. */
export const RecordLinkField = (_props: { label?: string; source?: string }) => {
  const entry = useRecordContext();
  const createPath = useCreatePath();
  const resource = entry?.resource as string | null | undefined;
  const id = entry?.recordId as number | null | undefined;
  if (id == null) return <Typography variant="body2">–</Typography>;
  const known = !!resource && (AUDITED_RESOURCES as readonly string[]).includes(resource);
  return (
    <Typography variant="body2">
      {!known || entry?.action === 'delete' ? (
        id
      ) : (
        <Link to={createPath({ resource, id, type: 'show' })}>{id}</Link>
      )}
    </Typography>
  );
};
