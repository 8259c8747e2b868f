import { Create, SimpleForm } from 'react-admin';
import { RoundInputs } from './RoundInputs';

export const RoundCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ projectYear: false, graceDays: 0, remindDaysBefore: 3 }}>
      <RoundInputs />
    </SimpleForm>
  </Create>
);
