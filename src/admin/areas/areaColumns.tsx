import { DataTable, ReferenceField } from 'react-admin';
import { columnSet } from '../lists/columnSet';

/** The areas' columns: AreaList, and the areas inside their programme (ProgrammeShow). */
export const areaColumns = columnSet(
  [
    <DataTable.Col key="name" source="name" />,
    <DataTable.Col key="programmeId" source="programmeId">
      <ReferenceField source="programmeId" reference="programmes" link={false} />
    </DataTable.Col>,
    <DataTable.Col key="housingOrganisation" source="housingOrganisation" />,
    <DataTable.Col key="departmentNumber" source="departmentNumber" />,
    <DataTable.NumberCol key="households" source="households" />,
    <DataTable.NumberCol key="residents" source="residents" />,
  ],
  // Inside a programme the programme goes without saying; the rest is on the area's page.
  ['programmeId', 'departmentNumber', 'residents'],
);
