import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { lazyPage } from '../misc/lazyPage';
import { AreaList } from './AreaList';

export default {
  list: AreaList,
  create: lazyPage(() => import('./AreaCreate'), 'AreaCreate'),
  edit: lazyPage(() => import('./AreaEdit'), 'AreaEdit'),
  show: lazyPage(() => import('./AreaShow'), 'AreaShow'),
  icon: HomeWorkIcon,
  recordRepresentation: 'name',
};
