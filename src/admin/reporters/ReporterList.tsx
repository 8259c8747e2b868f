import { DataTable, ReferenceField, SearchInput, useTranslate } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { ResourceList } from '../lists/ResourceList';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <ProgrammeInput key="programmeId" alwaysOn />];

/** The organisations that report a programme's figures; the board sees them without their contact people. */
export const ReporterList = () => {
  const translate = useTranslate();
  const count = (r: { assignments?: unknown[] }) =>
    translate('beredskab.reporters.assignmentCount', { smart_count: r.assignments?.length ?? 0 });
  return (
    <ResourceList
      filters={filters}
      sort={{ field: 'organisation', order: 'ASC' }}
      primaryText={(r) => r.organisation}
      secondaryText={count}
    >
      <DataTable.Col source="organisation" />
      <DataTable.Col source="programmeId">
        <ReferenceField source="programmeId" reference="programmes" link={false} />
      </DataTable.Col>
      <DataTable.Col source="assignments" render={count} />
    </ResourceList>
  );
};
