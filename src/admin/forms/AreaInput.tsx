import {
  AutocompleteInput,
  ReferenceInput,
  useChoicesContext,
  useTranslate,
  type ReferenceInputProps,
} from 'react-admin';
import { useEmptyChoicesHint } from '../nextSteps/useEmptyChoicesHint';

type Props = Omit<ReferenceInputProps, 'source' | 'reference' | 'children'> & {
  /** In a form, where the record belongs to an area: shows the asterisk. */
  isRequired?: boolean;
};

/** In a form (not a filter), a programme without areas says so, with the way to make the first one. */
const AreaChoices = ({ inForm, isRequired }: { inForm: boolean; isRequired?: boolean }) => {
  const translate = useTranslate();
  const programmeId = useChoicesContext().filter?.programmeId as number | undefined;
  const hint = useEmptyChoicesHint(
    {
      text: 'beredskab.empty.noAreas',
      resource: 'areas',
      label: 'beredskab.empty.next.areas',
      record: programmeId ? { programmeId } : undefined,
    },
    inForm,
  );
  return (
    <AutocompleteInput
      optionText="name"
      noOptionsText={translate('beredskab.empty.noAreaChoices')}
      helperText={hint}
      isRequired={isRequired}
    />
  );
};

/** Picks a housing area by name, with search; never a raw id. */
export const AreaInput = ({ isRequired, ...props }: Props) => (
  <ReferenceInput source="areaId" reference="areas" sort={{ field: 'name', order: 'ASC' }} {...props}>
    <AreaChoices inForm={!props.alwaysOn} isRequired={isRequired} />
  </ReferenceInput>
);
