import MenuBookIcon from '@mui/icons-material/MenuBook';
import { lazyPage } from '../misc/lazyPage';

export default {
  list: lazyPage(() => import('./ActivityLogList'), 'ActivityLogList'),
  create: lazyPage(() => import('./ActivityLogCreate'), 'ActivityLogCreate'),
  edit: lazyPage(() => import('./ActivityLogEdit'), 'ActivityLogEdit'),
  show: lazyPage(() => import('./ActivityLogShow'), 'ActivityLogShow'),
  icon: MenuBookIcon,
  recordRepresentation: (record: { date: string }) => record.date,
};
