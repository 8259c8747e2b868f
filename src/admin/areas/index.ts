import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./AreaList'), 'AreaList'),
  create: lazyPage(() => import('./AreaCreate'), 'AreaCreate'),
  edit: lazyPage(() => import('./AreaEdit'), 'AreaEdit'),
  show: lazyPage(() => import('./AreaShow'), 'AreaShow'),
  icon: HomeWorkIcon,
  recordRepresentation: 'name',
};
