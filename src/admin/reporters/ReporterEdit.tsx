import { SimpleForm } from 'react-admin';
import { ConflictDialog } from '../forms/ConflictDialog';
import { SafeEdit } from '../forms/SafeEdit';
import { ReporterInputs } from './ReporterInputs';

export const ReporterEdit = () => (
  <SafeEdit>
    <SimpleForm>
      <ReporterInputs />
      <ConflictDialog />
    </SimpleForm>
  </SafeEdit>
);
