import {
  ArrayField,
  DataTable,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  ChipField,
  Labeled,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ShowActions } from '../records/ShowActions';

/** Contact people are never sent to the board: the list shows only when the server sent it. */
const Contacts = () => {
  const record = useRecordContext();
  if (!Array.isArray(record?.contacts)) return null;
  return (
    <Labeled source="contacts">
      <ArrayField source="contacts">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="email" />
        </DataTable>
      </ArrayField>
    </Labeled>
  );
};

const Areas = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record?.areaIds?.length) return <>{translate('beredskab.reporters.wholeProgramme')}</>;
  return (
    <ReferenceArrayField source="areaIds" reference="areas">
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
  );
};

export const ReporterShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="programmeId" reference="programmes" />
      <TextField source="organisation" />
      <Contacts />
      <ArrayField source="assignments">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="indicatorId">
            <ReferenceField source="indicatorId" reference="indicators" link={false} />
          </DataTable.Col>
          <DataTable.Col source="areaIds">
            <Areas />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
