import { Create } from 'react-admin';
import { activitySchema } from '../../domain/activitySchemas';
import { SchemaForm } from '../forms/SchemaForm';
import { ActivityInputs } from './ActivityInputs';

export const ActivityCreate = () => (
  <Create redirect="show">
    <SchemaForm
      schema={activitySchema}
      defaultValues={{ focusArea: 'Tryghed og trivsel', successCriteria: [] }}
    >
      <ActivityInputs />
    </SchemaForm>
  </Create>
);
