import { ReferenceField } from 'react-admin';
import { LevelChip } from '../chips/LevelChip';
import { ResourceList } from '../lists/ResourceList';
import { incidentExporter } from './exporter';
import { incidentColumns } from './incidentColumns';
import { incidentFilters } from './IncidentFilters';
import { IncidentPhoneText } from './IncidentPhoneText';

export const IncidentList = () => (
  <ResourceList
    exporter={incidentExporter}
    filters={incidentFilters}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    primaryText={<ReferenceField source="areaId" reference="areas" link={false} />}
    secondaryText={<IncidentPhoneText />}
    chip={<LevelChip />}
  >
    {incidentColumns()}
  </ResourceList>
);
