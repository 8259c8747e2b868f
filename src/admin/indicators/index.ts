import InsightsIcon from '@mui/icons-material/Insights';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./IndicatorList'), 'IndicatorList'),
  create: lazyPage(() => import('./IndicatorCreate'), 'IndicatorCreate'),
  edit: lazyPage(() => import('./IndicatorEdit'), 'IndicatorEdit'),
  show: lazyPage(() => import('./IndicatorShow'), 'IndicatorShow'),
  icon: InsightsIcon,
  recordRepresentation: 'name',
};
