import { Edit } from 'react-admin';
import { incidentSchema } from '../../domain/incidentSchema';
import { SchemaForm } from '../misc/SchemaForm';
import { IncidentAside } from './IncidentAside';
import { IncidentInputs } from './IncidentInputs';

export const IncidentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" aside={<IncidentAside />}>
    <SchemaForm schema={incidentSchema}>
      <IncidentInputs />
    </SchemaForm>
  </Edit>
);
