import { AutocompleteInput, ReferenceInput, type ReferenceInputProps } from 'react-admin';

type Props = Omit<ReferenceInputProps, 'source' | 'reference' | 'children'> & {
  /** In a form, where the record belongs to an area: shows the asterisk. */
  isRequired?: boolean;
};

/** Picks a housing area by name, with search; never a raw id. */
export const AreaInput = ({ isRequired, ...props }: Props) => (
  <ReferenceInput source="areaId" reference="areas" sort={{ field: 'name', order: 'ASC' }} {...props}>
    <AutocompleteInput optionText="name" isRequired={isRequired} />
  </ReferenceInput>
);
