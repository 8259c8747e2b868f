import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./ReporterList'), 'ReporterList'),
  create: lazyPage(() => import('./ReporterCreate'), 'ReporterCreate'),
  edit: lazyPage(() => import('./ReporterEdit'), 'ReporterEdit'),
  show: lazyPage(() => import('./ReporterShow'), 'ReporterShow'),
  icon: AssignmentIndIcon,
  recordRepresentation: 'organisation',
};
