import { Create } from 'react-admin';
import { DEFAULT_ACTIVATION_STEPS } from '../../domain/callIn';
import { programmeSchema } from '../../domain/programmeSchema';
import { SchemaForm } from '../forms/SchemaForm';
import { ProgrammeInputs } from './ProgrammeInputs';

export const ProgrammeCreate = () => (
  <Create redirect="show">
    <SchemaForm
      schema={programmeSchema}
      defaultValues={{ projectYearStartMonth: 1, activationSteps: [...DEFAULT_ACTIVATION_STEPS] }}
    >
      <ProgrammeInputs />
    </SchemaForm>
  </Create>
);
