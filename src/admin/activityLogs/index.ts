import MenuBookIcon from '@mui/icons-material/MenuBook';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./ActivityLogList'), 'ActivityLogList'),
  create: lazyPage(() => import('./ActivityLogCreate'), 'ActivityLogCreate'),
  edit: lazyPage(() => import('./ActivityLogEdit'), 'ActivityLogEdit'),
  show: lazyPage(() => import('./ActivityLogShow'), 'ActivityLogShow'),
  icon: MenuBookIcon,
  // 26.10.2026 rather than the stored 2026-10-26.
  recordRepresentation: (record: { date: string }) => record.date.split('-').reverse().join('.'),
};
