import { Edit } from 'react-admin';
import { programmeSchema } from '../../domain/programmeSchema';
import { SchemaForm } from '../misc/SchemaForm';
import { ProgrammeInputs } from './ProgrammeInputs';

export const ProgrammeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SchemaForm schema={programmeSchema}>
      <ProgrammeInputs />
    </SchemaForm>
  </Edit>
);
