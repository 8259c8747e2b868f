import { programmeSchema } from '../../domain/programmeSchema';
import { SafeEdit } from '../forms/SafeEdit';
import { SchemaForm } from '../forms/SchemaForm';
import { ProgrammeInputs } from './ProgrammeInputs';

export const ProgrammeEdit = () => (
  <SafeEdit>
    <SchemaForm schema={programmeSchema}>
      <ProgrammeInputs />
    </SchemaForm>
  </SafeEdit>
);
