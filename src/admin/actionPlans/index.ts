import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./ActionPlanList'), 'ActionPlanList'),
  create: lazyPage(() => import('./ActionPlanCreate'), 'ActionPlanCreate'),
  edit: lazyPage(() => import('./ActionPlanEdit'), 'ActionPlanEdit'),
  show: lazyPage(() => import('./ActionPlanShow'), 'ActionPlanShow'),
  icon: AssignmentIcon,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};
