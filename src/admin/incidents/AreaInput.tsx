import { AutocompleteInput, ReferenceInput } from 'react-admin';
import { useClearOnChange } from '../misc/useClearOnChange';

/** Picks an area of the chosen programme; the server refuses an area of another one. */
export const AreaInput = (props: { alwaysOn?: boolean }) => {
  const programmeId = useClearOnChange('programmeId', 'areaId');
  return (
    <ReferenceInput
      source="areaId"
      reference="areas"
      sort={{ field: 'name', order: 'ASC' }}
      filter={programmeId ? { programmeId } : {}}
      {...props}
    >
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
  );
};
