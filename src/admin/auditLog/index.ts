import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

/** Read-only: no create, edit or delete. */
export default {
  list: AuditLogList,
  show: AuditLogShow,
  icon: ManageSearchIcon,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};
