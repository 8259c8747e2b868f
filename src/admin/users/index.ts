import PeopleIcon from '@mui/icons-material/People';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./UserList'), 'UserList'),
  create: lazyPage(() => import('./UserCreate'), 'UserCreate'),
  edit: lazyPage(() => import('./UserEdit'), 'UserEdit'),
  show: lazyPage(() => import('./UserShow'), 'UserShow'),
  icon: PeopleIcon,
  recordRepresentation: 'username',
};
