import { DataTable, List, SelectField, TextField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResponsiveList } from '../lists/ResponsiveList';
import { ChangesSummaryField } from './ChangesSummaryField';
import { actionChoices } from './choices';
import { ResourceNameField } from './ResourceNameField';
import { useAuditLogFilters } from './useAuditLogFilters';
import { auditLogExporter } from './exporter';

/** Read-only, newest first: the log is written by the server, never by hand. */
export const AuditLogList = () => {
  const filters = useAuditLogFilters();
  return (
    <List exporter={auditLogExporter} filters={filters} sort={{ field: 'at', order: 'DESC' }}>
      <ResponsiveList
        primaryText={
          <>
            <ResourceNameField /> <TextField source="recordId" />
          </>
        }
        secondaryText={
          <>
            <LocalDateField source="at" showTime /> · <TextField source="username" />
          </>
        }
        chip={<SelectField source="action" choices={actionChoices} />}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="at">
            <LocalDateField source="at" showTime />
          </DataTable.Col>
          <DataTable.Col source="username" />
          <DataTable.Col source="action">
            <SelectField source="action" choices={actionChoices} />
          </DataTable.Col>
          <DataTable.Col source="resource">
            <ResourceNameField />
          </DataTable.Col>
          <DataTable.Col source="recordId" />
          <DataTable.Col source="changes" disableSort>
            <ChangesSummaryField />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </List>
  );
};
