import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { lazyPage } from '../loading/lazyPage';

/** Read-only: no create, edit or delete. */
export default {
  list: lazyPage(() => import('./AuditLogList'), 'AuditLogList'),
  show: lazyPage(() => import('./AuditLogShow'), 'AuditLogShow'),
  icon: ManageSearchIcon,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};
