import { Edit } from 'react-admin';
import { directoryMappingSchema } from '../../domain/directory';
import { SchemaForm } from '../forms/SchemaForm';
import { DirectoryMappingInputs, mappingTransform } from './DirectoryMappingInputs';

export const DirectoryMappingEdit = () => (
  <Edit redirect="list" transform={mappingTransform} mutationMode="pessimistic">
    <SchemaForm schema={directoryMappingSchema}>
      <DirectoryMappingInputs />
    </SchemaForm>
  </Edit>
);
