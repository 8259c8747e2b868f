import { Create } from 'react-admin';
import { participantSchema } from '../../domain/participantSchema';
import { SchemaForm } from '../forms/SchemaForm';
import { ParticipantInputs } from './ParticipantInputs';

export const ParticipantCreate = () => (
  <Create redirect="show">
    <SchemaForm
      schema={participantSchema}
      defaultValues={{ responseGroups: [1, 2], pressContact: false, signsPlan: false, convener: false }}
    >
      <ParticipantInputs />
    </SchemaForm>
  </Create>
);
