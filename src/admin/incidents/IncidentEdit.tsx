import { incidentSchema } from '../../domain/incidentSchema';
import { SafeEdit } from '../misc/SafeEdit';
import { SchemaForm } from '../misc/SchemaForm';
import { IncidentAside } from './IncidentAside';
import { IncidentInputs } from './IncidentInputs';

export const IncidentEdit = () => (
  <SafeEdit aside={<IncidentAside />}>
    <SchemaForm schema={incidentSchema}>
      <IncidentInputs />
    </SchemaForm>
  </SafeEdit>
);
