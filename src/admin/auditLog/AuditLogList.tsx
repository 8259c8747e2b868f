import { DataTable, Empty, SelectField, TextField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceList } from '../lists/ResourceList';
import { ChangesSummaryField } from './ChangesSummaryField';
import { actionChoices } from './choices';
import { auditLogExporter } from './exporter';
import { ResourceNameField } from './ResourceNameField';
import { useAuditLogFilters } from './useAuditLogFilters';

/** Read-only, newest first: the log is written by the server, never by hand. */
export const AuditLogList = () => {
  const filters = useAuditLogFilters();
  return (
    <ResourceList
      exporter={auditLogExporter}
      filters={filters}
      sort={{ field: 'at', order: 'DESC' }}
      // react-admin's own empty page: no one creates a log entry, so there is nothing to invite to.
      empty={<Empty />}
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
    </ResourceList>
  );
};
