import {
  ArrayField,
  BooleanField,
  DataTable,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { activityLogColumns } from '../activityLogs/activityLogColumns';
import { ShowActions } from '../records/ShowActions';
import { metricChoices, scopeChoices } from './choices';

export const ActivityShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="programmeId" reference="programmes" />
      <TextField source="name" />
      <TextField source="focusArea" />
      <TextField source="description" emptyText="–" />
      <ArrayField source="successCriteria">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col
            source="description"
            label="resources.activities.fields.successCriteria.description"
          />
          <DataTable.Col source="metric" label="resources.activities.fields.successCriteria.metric">
            <SelectField source="metric" choices={metricChoices} />
          </DataTable.Col>
          <DataTable.NumberCol source="target" label="resources.activities.fields.successCriteria.target" />
          <DataTable.Col source="scope" label="resources.activities.fields.successCriteria.scope">
            <SelectField source="scope" choices={scopeChoices} />
          </DataTable.Col>
          <DataTable.Col source="perArea" label="resources.activities.fields.successCriteria.perArea">
            <BooleanField source="perArea" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
      <ReferenceManyField
        reference="activityLogs"
        target="activityId"
        sort={{ field: 'date', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination />}
        label="beredskab.activities.logbook"
      >
        <DataTable rowClick="show" bulkActionButtons={false} resource="activityLogs">
          {activityLogColumns({ inRecord: true })}
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
