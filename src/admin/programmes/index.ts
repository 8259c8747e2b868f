import ApartmentIcon from '@mui/icons-material/AccountTree';
import { lazyPage } from '../misc/lazyPage';
import { ProgrammeList } from './ProgrammeList';

export default {
  list: ProgrammeList,
  create: lazyPage(() => import('./ProgrammeCreate'), 'ProgrammeCreate'),
  edit: lazyPage(() => import('./ProgrammeEdit'), 'ProgrammeEdit'),
  show: lazyPage(() => import('./ProgrammeShow'), 'ProgrammeShow'),
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
