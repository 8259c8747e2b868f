import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import { ParticipantCreate } from './ParticipantCreate';
import { ParticipantEdit } from './ParticipantEdit';
import { ParticipantList } from './ParticipantList';
import { ParticipantShow } from './ParticipantShow';

export default {
  list: ParticipantList,
  create: ParticipantCreate,
  edit: ParticipantEdit,
  show: ParticipantShow,
  icon: ContactPhoneIcon,
  recordRepresentation: 'name',
};
