import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { incidentColumns } from './incidentColumns';

/** The incidents that refer to the shown record (an area, a programme). */
export const IncidentsOfRecord = ({ target }: { target: string; label?: string }) => (
  <ReferenceManyField
    reference="incidents"
    target={target}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    perPage={10}
    pagination={<Pagination />}
    label="beredskab.incidents.title"
  >
    <DataTable rowClick="show" bulkActionButtons={false} resource="incidents">
      {incidentColumns({ inRecord: true })}
    </DataTable>
  </ReferenceManyField>
);
