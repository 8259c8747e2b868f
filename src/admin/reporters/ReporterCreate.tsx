import { Create, SimpleForm } from 'react-admin';
import { ReporterInputs } from './ReporterInputs';

export const ReporterCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ contacts: [{ name: '', email: '' }], assignments: [] }}>
      <ReporterInputs />
    </SimpleForm>
  </Create>
);
