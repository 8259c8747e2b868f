import { Create } from 'react-admin';
import { activityLogSchema } from '../../domain/activitySchemas';
import { copenhagenDate } from '../../domain/copenhagenDay';
import { SchemaForm } from '../forms/SchemaForm';
import { ActivityLogInputs } from './ActivityLogInputs';

export const ActivityLogCreate = () => (
  <Create redirect="list">
    <SchemaForm
      schema={activityLogSchema}
      defaultValues={() => ({ date: copenhagenDate(new Date()), participants: 0 })}
    >
      <ActivityLogInputs />
    </SchemaForm>
  </Create>
);
