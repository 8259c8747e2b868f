import GroupsIcon from '@mui/icons-material/Groups';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./DirectoryMappingList'), 'DirectoryMappingList'),
  create: lazyPage(() => import('./DirectoryMappingCreate'), 'DirectoryMappingCreate'),
  edit: lazyPage(() => import('./DirectoryMappingEdit'), 'DirectoryMappingEdit'),
  show: lazyPage(() => import('./DirectoryMappingShow'), 'DirectoryMappingShow'),
  icon: GroupsIcon,
  recordRepresentation: 'claimValue',
};
