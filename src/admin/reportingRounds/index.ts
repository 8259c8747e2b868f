import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazyPage } from '../loading/lazyPage';

/** The show page is the round's review: who has reported, their figures, approval. */
export default {
  list: lazyPage(() => import('./RoundList'), 'RoundList'),
  create: lazyPage(() => import('./RoundCreate'), 'RoundCreate'),
  edit: lazyPage(() => import('./RoundEdit'), 'RoundEdit'),
  show: lazyPage(() => import('./RoundShow'), 'RoundShow'),
  icon: EventNoteIcon,
  recordRepresentation: (record: { year: number }) => String(record.year),
};
