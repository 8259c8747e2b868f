import { Create } from 'react-admin';
import { incidentSchema } from '../../domain/incidentSchema';
import { SchemaForm } from '../misc/SchemaForm';
import { IncidentInputs } from './IncidentInputs';

const defaults = () => ({
  occurredAt: new Date().toISOString(),
  policeCase: false,
  exercise: false,
  escalationRisk: 'medium',
  status: 'open',
});

export const IncidentCreate = () => (
  <Create redirect="show">
    <SchemaForm schema={incidentSchema} defaultValues={defaults}>
      <IncidentInputs />
    </SchemaForm>
  </Create>
);
