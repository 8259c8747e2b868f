import { AutocompleteInput, ReferenceInput, type ReferenceInputProps } from 'react-admin';

type Props = Omit<ReferenceInputProps, 'source' | 'reference' | 'children'>;

/** Picks a housing area by name, with search; never a raw id. */
export const AreaInput = (props: Props) => (
  <ReferenceInput source="areaId" reference="areas" sort={{ field: 'name', order: 'ASC' }} {...props}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>
);
