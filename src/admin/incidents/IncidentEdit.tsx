import { incidentSchema } from '../../domain/incidentSchema';
import { SafeEdit } from '../forms/SafeEdit';
import { SchemaForm } from '../forms/SchemaForm';
import { stackedAside } from '../records/asideLayout';
import { IncidentAside } from './IncidentAside';
import { IncidentInputs } from './IncidentInputs';

export const IncidentEdit = () => (
  <SafeEdit aside={<IncidentAside />} sx={stackedAside}>
    <SchemaForm schema={incidentSchema}>
      <IncidentInputs />
    </SchemaForm>
  </SafeEdit>
);
