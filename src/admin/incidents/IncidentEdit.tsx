import { incidentSchema } from '../../domain/incidentSchema';
import { stackedAside } from '../records/asideLayout';
import { SafeEdit } from '../forms/SafeEdit';
import { SchemaForm } from '../forms/SchemaForm';
import { IncidentAside } from './IncidentAside';
import { IncidentInputs } from './IncidentInputs';

export const IncidentEdit = () => (
  <SafeEdit aside={<IncidentAside />} sx={stackedAside}>
    <SchemaForm schema={incidentSchema}>
      <IncidentInputs />
    </SchemaForm>
  </SafeEdit>
);
