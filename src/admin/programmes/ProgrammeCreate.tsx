import { Create } from 'react-admin';
import { programmeSchema } from '../../domain/programmeSchema';
import { SchemaForm } from '../misc/SchemaForm';
import { ProgrammeInputs } from './ProgrammeInputs';

export const ProgrammeCreate = () => (
  <Create redirect="show">
    <SchemaForm schema={programmeSchema} defaultValues={{ projectYearStartMonth: 1 }}>
      <ProgrammeInputs />
    </SchemaForm>
  </Create>
);
