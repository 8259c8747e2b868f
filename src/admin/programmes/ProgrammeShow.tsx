import {
  DataTable,
  ReferenceManyField,
  FunctionField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Stack, Typography } from '@mui/material';
import { CreateLink } from '../nextSteps/CreateLink';
import { areaColumns } from '../areas/areaColumns';
import { LocalDateField } from '../formatting/LocalDateField';
import { LocalNumberField } from '../formatting/LocalNumberField';
import { ShowActions } from '../records/ShowActions';
import { ActivationStepsField } from './ActivationStepsField';
import { closedDayChoices } from './choices';
import { EscalationField, TeamsWebhookField } from './EscalationField';
import { MonthField } from './MonthField';
import { ProgrammeReport } from './ProgrammeReport';

/** A programme without housing areas: the next step, with the programme filled in. */
const NoAreas = () => {
  const translate = useTranslate();
  const programme = useRecordContext();
  return (
    <Stack gap={1} alignItems="flex-start">
      <Typography variant="body2">{translate('beredskab.empty.noAreas')}</Typography>
      <CreateLink
        resource="areas"
        label="beredskab.empty.next.areas"
        record={{ programmeId: programme?.id }}
        variant="outlined"
      />
    </Stack>
  );
};

export const ProgrammeShow = () => {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <ShowActions>
          <ProgrammeReport />
        </ShowActions>
      }
    >
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="municipality" />
        <LocalDateField source="periodStart" />
        <LocalDateField source="periodEnd" />
        <MonthField source="projectYearStartMonth" />
        <LocalNumberField
          source="retentionMonths"
          emptyText={translate('beredskab.programmes.keepForever')}
        />
        <LocalNumberField source="funding.lbf" emptyText="–" />
        <LocalNumberField source="funding.municipality" emptyText="–" />
        <LocalNumberField source="funding.local" emptyText="–" />
        <TextField source="boardEmail" emptyText="–" />
        <TextField source="adminEmail" emptyText="–" />
        <FunctionField
          source="extraClosedDays"
          render={(record) =>
            (record.extraClosedDays as string[] | undefined)?.length
              ? closedDayChoices
                  .filter((c) => (record.extraClosedDays as string[]).includes(String(c.id)))
                  .map((c) => translate(c.name))
                  .join(', ')
              : translate('beredskab.programmes.noClosedDays')
          }
        />
        <ActivationStepsField source="activationSteps" />
        <EscalationField label={false} />
        <TeamsWebhookField label={false} />
        <ReferenceManyField
          reference="areas"
          target="programmeId"
          sort={{ field: 'name', order: 'ASC' }}
          label="beredskab.programmes.areas"
          empty={<NoAreas />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            {areaColumns({ inRecord: true })}
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
};
