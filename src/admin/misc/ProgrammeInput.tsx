import { AutocompleteInput, ReferenceInput, type ReferenceInputProps } from 'react-admin';

type Props = Omit<ReferenceInputProps, 'source' | 'reference' | 'children'>;

/** Picks a programme by name, with search; never a raw id. */
export const ProgrammeInput = (props: Props) => (
  <ReferenceInput
    source="programmeId"
    reference="programmes"
    sort={{ field: 'name', order: 'ASC' }}
    {...props}
  >
    <AutocompleteInput optionText="name" />
  </ReferenceInput>
);
