import { AutocompleteInput, ReferenceInput, useTranslate, type ReferenceInputProps } from 'react-admin';
import { useEmptyChoicesHint } from '../nextSteps/useEmptyChoicesHint';

type Props = Omit<ReferenceInputProps, 'source' | 'reference' | 'children'> & {
  /** In a form, where a record always belongs to a programme: shows the asterisk. */
  isRequired?: boolean;
};

/** In a form, no programme to pick says so, with the way to make the first one (for the system administrator). */
const ProgrammeChoices = ({ isRequired }: { isRequired?: boolean }) => {
  const translate = useTranslate();
  const hint = useEmptyChoicesHint(
    {
      text: 'beredskab.empty.noProgrammes',
      resource: 'programmes',
      label: 'beredskab.empty.next.programmes',
    },
    isRequired === true,
  );
  return (
    <AutocompleteInput
      optionText="name"
      isRequired={isRequired}
      noOptionsText={translate('beredskab.empty.noProgrammeChoices')}
      helperText={hint}
    />
  );
};

/** Picks a programme by name, with search; never a raw id. */
export const ProgrammeInput = ({ isRequired, ...props }: Props) => (
  <ReferenceInput
    source="programmeId"
    reference="programmes"
    sort={{ field: 'name', order: 'ASC' }}
    {...props}
  >
    <ProgrammeChoices isRequired={isRequired} />
  </ReferenceInput>
);
