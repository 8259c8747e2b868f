import ReportIcon from '@mui/icons-material/ReportProblem';
import { IncidentCreate } from './IncidentCreate';
import { IncidentEdit } from './IncidentEdit';
import { IncidentList } from './IncidentList';
import { IncidentShow } from './IncidentShow';

export default {
  list: IncidentList,
  create: IncidentCreate,
  edit: IncidentEdit,
  show: IncidentShow,
  icon: ReportIcon,
  recordRepresentation: (record: { description: string }) =>
    record.description.length > 60 ? `${record.description.slice(0, 60)}…` : record.description,
};
