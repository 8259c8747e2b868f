import HistoryIcon from '@mui/icons-material/History';
import {
  Button,
  LinkBase,
  useCanAccess,
  useCreatePath,
  useRecordContext,
  useResourceContext,
} from 'react-admin';

/** Opens the audit log filtered to the shown record; only for those who may read the log. */
export const HistoryButton = () => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  // A programme administrator reads their own programme's log: the record's programme decides.
  const programmeId = resource === 'programmes' ? record?.id : record?.programmeId;
  const { canAccess } = useCanAccess({
    action: 'list',
    resource: 'auditLog',
    record: programmeId == null ? undefined : { programmeId },
  });
  if (!canAccess || !record || !resource) return null;
  // The filter travels as JSON in the query string, as react-admin's own list URLs carry it.
  const filter = JSON.stringify({ resource, recordId: record.id });
  return (
    <Button
      label="beredskab.audit.history"
      component={LinkBase}
      to={`${createPath({ resource: 'auditLog', type: 'list' })}?filter=${encodeURIComponent(filter)}`}
    >
      <HistoryIcon />
    </Button>
  );
};
