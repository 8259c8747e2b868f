import ApartmentIcon from '@mui/icons-material/AccountTree';
import { ProgrammeCreate } from './ProgrammeCreate';
import { ProgrammeEdit } from './ProgrammeEdit';
import { ProgrammeList } from './ProgrammeList';
import { ProgrammeShow } from './ProgrammeShow';

export default {
  list: ProgrammeList,
  create: ProgrammeCreate,
  edit: ProgrammeEdit,
  show: ProgrammeShow,
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
