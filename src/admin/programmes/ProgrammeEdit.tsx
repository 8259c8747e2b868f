import { programmeSchema } from '../../domain/programmeSchema';
import { SafeEdit } from '../misc/SafeEdit';
import { SchemaForm } from '../misc/SchemaForm';
import { ProgrammeInputs } from './ProgrammeInputs';

export const ProgrammeEdit = () => (
  <SafeEdit>
    <SchemaForm schema={programmeSchema}>
      <ProgrammeInputs />
    </SchemaForm>
  </SafeEdit>
);
