import StraightenIcon from '@mui/icons-material/Straighten';
import { lazyPage } from '../loading/lazyPage';

export default {
  list: lazyPage(() => import('./MeasurementList'), 'MeasurementList'),
  create: lazyPage(() => import('./MeasurementCreate'), 'MeasurementCreate'),
  edit: lazyPage(() => import('./MeasurementEdit'), 'MeasurementEdit'),
  show: lazyPage(() => import('./MeasurementShow'), 'MeasurementShow'),
  icon: StraightenIcon,
  recordRepresentation: (record: { year: number; value: number }) => `${record.year}: ${record.value}`,
};
