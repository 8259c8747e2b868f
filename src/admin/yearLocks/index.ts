import LockIcon from '@mui/icons-material/Lock';
import { lazyPage } from '../loading/lazyPage';

/** No create or edit pages: a year is locked and unlocked from the grid page, with a reason. */
export default {
  list: lazyPage(() => import('./YearLockList'), 'YearLockList'),
  show: lazyPage(() => import('./YearLockShow'), 'YearLockShow'),
  icon: LockIcon,
  recordRepresentation: (record: { year: number }) => String(record.year),
};
