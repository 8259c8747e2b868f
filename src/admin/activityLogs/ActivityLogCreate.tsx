import { Create } from 'react-admin';
import { activityLogSchema } from '../../domain/activitySchemas';
import { SchemaForm } from '../forms/SchemaForm';
import { ActivityLogInputs } from './ActivityLogInputs';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });

export const ActivityLogCreate = () => (
  <Create redirect="list">
    <SchemaForm schema={activityLogSchema} defaultValues={() => ({ date: today(), participants: 0 })}>
      <ActivityLogInputs />
    </SchemaForm>
  </Create>
);
