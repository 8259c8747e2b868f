import ReportIcon from '@mui/icons-material/ReportProblem';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./IncidentList'), 'IncidentList'),
  create: lazyPage(() => import('./IncidentCreate'), 'IncidentCreate'),
  edit: lazyPage(() => import('./IncidentEdit'), 'IncidentEdit'),
  show: lazyPage(() => import('./IncidentShow'), 'IncidentShow'),
  icon: ReportIcon,
  recordRepresentation: (record: { description: string }) =>
    record.description.length > 60 ? `${record.description.slice(0, 60)}…` : record.description,
};
