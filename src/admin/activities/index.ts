import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./ActivityList'), 'ActivityList'),
  create: lazyPage(() => import('./ActivityCreate'), 'ActivityCreate'),
  edit: lazyPage(() => import('./ActivityEdit'), 'ActivityEdit'),
  show: lazyPage(() => import('./ActivityShow'), 'ActivityShow'),
  icon: EventNoteIcon,
  recordRepresentation: 'name',
};
