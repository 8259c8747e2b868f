import { Create, SimpleForm } from 'react-admin';
import { RoundInputs } from './RoundInputs';

export const RoundCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ projectYear: false, graceDays: 0 }}>
      <RoundInputs />
    </SimpleForm>
  </Create>
);
