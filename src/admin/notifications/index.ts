import MailIcon from '@mui/icons-material/Mail';
import { lazyPage } from '../loading/lazyPage';

/** Read-only: the server writes the outbox; the secretariat reads it, the board does not. */
export default {
  list: lazyPage(() => import('./NotificationList'), 'NotificationList'),
  show: lazyPage(() => import('./NotificationShow'), 'NotificationShow'),
  icon: MailIcon,
  recordRepresentation: (record: { name: string | null; to: string }) => record.name ?? record.to,
};
