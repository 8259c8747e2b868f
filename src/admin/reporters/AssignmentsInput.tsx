import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  SimpleFormIterator,
  required,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';

/**
 * What the reporter owes: indicators of the programme, each for the areas it covers, or for the
 * whole programme (no areas) when the indicator is measured once.
 */
export const AssignmentsInput = () => {
  const translate = useTranslate();
  const programmeId = useWatch({ name: 'programmeId' }) as number | undefined;
  const filter = programmeId ? { programmeId } : {};
  return (
    <ArrayInput source="assignments">
      <SimpleFormIterator inline disableReordering>
        <ReferenceInput
          source="indicatorId"
          reference="indicators"
          filter={filter}
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteInput
            optionText="name"
            validate={required()}
            sx={{ minWidth: 260 }}
            helperText={false}
          />
        </ReferenceInput>
        <ReferenceArrayInput
          source="areaIds"
          reference="areas"
          filter={filter}
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteArrayInput
            optionText="name"
            sx={{ minWidth: 300 }}
            helperText={translate('beredskab.reporters.areasHelp')}
          />
        </ReferenceArrayInput>
      </SimpleFormIterator>
    </ArrayInput>
  );
};
