import { activitySchema } from '../../domain/activitySchemas';
import { SafeEdit } from '../forms/SafeEdit';
import { SchemaForm } from '../forms/SchemaForm';
import { ActivityInputs } from './ActivityInputs';

export const ActivityEdit = () => (
  <SafeEdit>
    <SchemaForm schema={activitySchema}>
      <ActivityInputs />
    </SchemaForm>
  </SafeEdit>
);
