import { participantSchema } from '../../domain/participantSchema';
import { SafeEdit } from '../misc/SafeEdit';
import { SchemaForm } from '../misc/SchemaForm';
import { ParticipantInputs } from './ParticipantInputs';

export const ParticipantEdit = () => (
  <SafeEdit>
    <SchemaForm schema={participantSchema}>
      <ParticipantInputs />
    </SchemaForm>
  </SafeEdit>
);
