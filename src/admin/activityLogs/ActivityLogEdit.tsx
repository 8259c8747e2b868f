import { activityLogSchema } from '../../domain/activitySchemas';
import { SafeEdit } from '../forms/SafeEdit';
import { SchemaForm } from '../forms/SchemaForm';
import { ActivityLogInputs } from './ActivityLogInputs';

export const ActivityLogEdit = () => (
  <SafeEdit>
    <SchemaForm schema={activityLogSchema}>
      <ActivityLogInputs />
    </SchemaForm>
  </SafeEdit>
);
