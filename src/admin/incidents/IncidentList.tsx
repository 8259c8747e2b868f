import { ReferenceField, SelectField } from 'react-admin';
import { LevelChip } from '../chips/LevelChip';
import { categoryChoices } from '../choices/incidentChoices';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceList } from '../lists/ResourceList';
import { incidentExporter } from './exporter';
import { incidentColumns } from './incidentColumns';
import { incidentFilters } from './IncidentFilters';

export const IncidentList = () => (
  <ResourceList
    exporter={incidentExporter}
    filters={incidentFilters}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    primaryText={<ReferenceField source="areaId" reference="areas" link={false} />}
    secondaryText={
      <>
        <LocalDateField source="occurredAt" showTime /> ·{' '}
        <SelectField source="category" choices={categoryChoices} />
      </>
    }
    chip={<LevelChip />}
  >
    {incidentColumns()}
  </ResourceList>
);
