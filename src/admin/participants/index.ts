import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import { lazyPage } from '../misc/lazyPage';
import { ParticipantList } from './ParticipantList';

export default {
  list: ParticipantList,
  create: lazyPage(() => import('./ParticipantCreate'), 'ParticipantCreate'),
  edit: lazyPage(() => import('./ParticipantEdit'), 'ParticipantEdit'),
  show: lazyPage(() => import('./ParticipantShow'), 'ParticipantShow'),
  icon: ContactPhoneIcon,
  recordRepresentation: 'name',
};
