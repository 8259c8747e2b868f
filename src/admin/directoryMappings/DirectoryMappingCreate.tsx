import { Create } from 'react-admin';
import { directoryMappingSchema } from '../../domain/directory';
import { SchemaForm } from '../forms/SchemaForm';
import { DirectoryMappingInputs, mappingTransform } from './DirectoryMappingInputs';

export const DirectoryMappingCreate = () => (
  <Create redirect="list" transform={mappingTransform}>
    <SchemaForm schema={directoryMappingSchema} defaultValues={{ role: 'editor', programmeId: null }}>
      <DirectoryMappingInputs />
    </SchemaForm>
  </Create>
);
