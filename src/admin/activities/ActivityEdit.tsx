import { activitySchema } from '../../domain/activitySchemas';
import { SafeEdit } from '../misc/SafeEdit';
import { SchemaForm } from '../misc/SchemaForm';
import { ActivityInputs } from './ActivityInputs';

export const ActivityEdit = () => (
  <SafeEdit>
    <SchemaForm schema={activitySchema}>
      <ActivityInputs />
    </SchemaForm>
  </SafeEdit>
);
