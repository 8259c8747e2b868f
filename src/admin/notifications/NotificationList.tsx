import { DataTable, NumberField, ReferenceField, SelectField, TextField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceList } from '../lists/ResourceList';
import { ChannelField } from './ChannelField';
import { kindChoices } from './choices';
import { DeliveryField } from './DeliveryField';
import { notificationExporter } from './exporter';
import { MailNotSentNote } from './MailNotSentNote';
import { notificationFilters } from './NotificationFilters';
import { RecipientField } from './RecipientField';
import { ReplyField } from './ReplyField';
import { RetryButton } from './RetryButton';

/** The outbox, newest first: written by the server alone, so no create, edit or delete. */
export const NotificationList = () => (
  <>
    <MailNotSentNote />
    <NotificationTable />
  </>
);

const NotificationTable = () => (
  <ResourceList
    exporter={notificationExporter}
    filters={notificationFilters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    actions={false}
    primaryText={<RecipientField />}
    secondaryText={
      <>
        <LocalDateField source="createdAt" showTime /> · <ChannelField /> ·{' '}
        <SelectField source="kind" choices={kindChoices} />
      </>
    }
    chip={<DeliveryField brief />}
  >
    <DataTable.Col source="createdAt">
      <LocalDateField source="createdAt" showTime />
    </DataTable.Col>
    <DataTable.Col source="channel">
      <ChannelField />
    </DataTable.Col>
    <DataTable.Col source="kind">
      <SelectField source="kind" choices={kindChoices} />
    </DataTable.Col>
    <DataTable.Col source="name" label="resources.notifications.fields.recipient">
      <RecipientField />
    </DataTable.Col>
    <DataTable.Col source="incidentId">
      <ReferenceField source="incidentId" reference="incidents" emptyText="–" />
    </DataTable.Col>
    <DataTable.Col source="status">
      <DeliveryField brief />
    </DataTable.Col>
    <DataTable.Col source="attempts">
      <NumberField source="attempts" />
    </DataTable.Col>
    <DataTable.Col source="lastError">
      <TextField source="lastError" emptyText="–" />
    </DataTable.Col>
    <DataTable.Col source="reply">
      <ReplyField />
    </DataTable.Col>
    <DataTable.Col disableSort>
      <RetryButton />
    </DataTable.Col>
  </ResourceList>
);
