import { Edit } from 'react-admin';
import { participantSchema } from '../../domain/participantSchema';
import { SchemaForm } from '../misc/SchemaForm';
import { ParticipantInputs } from './ParticipantInputs';

export const ParticipantEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SchemaForm schema={participantSchema}>
      <ParticipantInputs />
    </SchemaForm>
  </Edit>
);
