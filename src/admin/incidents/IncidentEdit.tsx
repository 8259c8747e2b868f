import { incidentSchema } from '../../domain/incidentSchema';
import { stackedAside } from '../misc/asideLayout';
import { SafeEdit } from '../misc/SafeEdit';
import { SchemaForm } from '../misc/SchemaForm';
import { IncidentAside } from './IncidentAside';
import { IncidentInputs } from './IncidentInputs';

export const IncidentEdit = () => (
  <SafeEdit aside={<IncidentAside />} sx={stackedAside}>
    <SchemaForm schema={incidentSchema}>
      <IncidentInputs />
    </SchemaForm>
  </SafeEdit>
);
