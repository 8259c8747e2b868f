import ApartmentIcon from '@mui/icons-material/AccountTree';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./ProgrammeList'), 'ProgrammeList'),
  create: lazyPage(() => import('./ProgrammeCreate'), 'ProgrammeCreate'),
  edit: lazyPage(() => import('./ProgrammeEdit'), 'ProgrammeEdit'),
  show: lazyPage(() => import('./ProgrammeShow'), 'ProgrammeShow'),
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
