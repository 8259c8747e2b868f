import { activityLogSchema } from '../../domain/activitySchemas';
import { SafeEdit } from '../misc/SafeEdit';
import { SchemaForm } from '../misc/SchemaForm';
import { ActivityLogInputs } from './ActivityLogInputs';

export const ActivityLogEdit = () => (
  <SafeEdit>
    <SchemaForm schema={activityLogSchema}>
      <ActivityLogInputs />
    </SchemaForm>
  </SafeEdit>
);
