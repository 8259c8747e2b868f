import {
  AutocompleteArrayInput,
  Create,
  ReferenceArrayInput,
  useDataProvider,
  useTranslate,
  type CreateProps,
} from 'react-admin';
import { Typography } from '@mui/material';
import { actionPlanSchema } from '../../domain/actionPlanSchema';
import { situationOf } from '../../domain/planSituation';
import { useFormatDate } from '../formatting/useFormatDate';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { SchemaForm } from '../forms/SchemaForm';
import { useClearOnChange } from '../forms/useClearOnChange';

const createSchema = actionPlanSchema.pick({ programmeId: true, incidentIds: true });

/** Only yellow and red incidents of the chosen programme activate the response group. */
const IncidentsInput = () => {
  const programmeId = useClearOnChange('programmeId', 'incidentIds');
  const translate = useTranslate();
  const format = useFormatDate();
  const label = (i: { occurredAt: string; level: string; category: string }) =>
    `${translate(`beredskab.levels.${i.level}`)} · ${format.instant(i.occurredAt)} · ${translate(`beredskab.categories.${i.category}`)}`;
  return (
    <ReferenceArrayInput
      source="incidentIds"
      reference="incidents"
      filter={{ programmeId, level: ['yellow', 'red'] }}
      sort={{ field: 'occurredAt', order: 'DESC' }}
      perPage={50}
    >
      <AutocompleteArrayInput optionText={label} fullWidth isRequired />
    </ReferenceArrayInput>
  );
};

/** A draft is started from its incidents; the guided form takes it from there. */
export const ActionPlanCreate = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  // The first step starts from the situation registered on the chosen incidents.
  const transform: CreateProps['transform'] = async (data) => {
    const { data: incidents } = await dataProvider.getMany('incidents', { ids: data.incidentIds ?? [] });
    return { ...data, situation: situationOf(incidents) };
  };
  return (
    <Create redirect={(_resource, id) => `/actionPlans/${id}?step=1`} transform={transform}>
      <SchemaForm schema={createSchema} defaultValues={{ incidentIds: [] }}>
        <Typography variant="body2" color="text.secondary">
          {translate('beredskab.actionPlans.createHelp')}
        </Typography>
        <ProgrammeInput isRequired />
        <IncidentsInput />
      </SchemaForm>
    </Create>
  );
};
