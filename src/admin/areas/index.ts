import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { AreaCreate } from './AreaCreate';
import { AreaEdit } from './AreaEdit';
import { AreaList } from './AreaList';
import { AreaShow } from './AreaShow';

export default {
  list: AreaList,
  create: AreaCreate,
  edit: AreaEdit,
  show: AreaShow,
  icon: HomeWorkIcon,
  recordRepresentation: 'name',
};
