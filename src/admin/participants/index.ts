import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./ParticipantList'), 'ParticipantList'),
  create: lazyPage(() => import('./ParticipantCreate'), 'ParticipantCreate'),
  edit: lazyPage(() => import('./ParticipantEdit'), 'ParticipantEdit'),
  show: lazyPage(() => import('./ParticipantShow'), 'ParticipantShow'),
  icon: ContactPhoneIcon,
  recordRepresentation: 'name',
};
