import { SimpleForm } from 'react-admin';
import { ConflictDialog } from '../forms/ConflictDialog';
import { SafeEdit } from '../forms/SafeEdit';
import { RoundInputs } from './RoundInputs';

export const RoundEdit = () => (
  <SafeEdit>
    <SimpleForm>
      <RoundInputs />
      <ConflictDialog />
    </SimpleForm>
  </SafeEdit>
);
