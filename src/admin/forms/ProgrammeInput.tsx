import { AutocompleteInput, ReferenceInput, type ReferenceInputProps } from 'react-admin';

type Props = Omit<ReferenceInputProps, 'source' | 'reference' | 'children'> & {
  /** In a form, where a record always belongs to a programme: shows the asterisk. */
  isRequired?: boolean;
};

/** Picks a programme by name, with search; never a raw id. */
export const ProgrammeInput = ({ isRequired, ...props }: Props) => (
  <ReferenceInput
    source="programmeId"
    reference="programmes"
    sort={{ field: 'name', order: 'ASC' }}
    {...props}
  >
    <AutocompleteInput optionText="name" isRequired={isRequired} />
  </ReferenceInput>
);
