import { participantSchema } from '../../domain/participantSchema';
import { SafeEdit } from '../forms/SafeEdit';
import { SchemaForm } from '../forms/SchemaForm';
import { ParticipantInputs } from './ParticipantInputs';

export const ParticipantEdit = () => (
  <SafeEdit>
    <SchemaForm schema={participantSchema}>
      <ParticipantInputs />
    </SchemaForm>
  </SafeEdit>
);
