import {
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ChannelField } from './ChannelField';
import { kindChoices } from './choices';
import { DeliveryField } from './DeliveryField';
import { RecipientField } from './RecipientField';
import { ReplyField } from './ReplyField';
import { RetryButton } from './RetryButton';

export const NotificationShow = () => (
  <Show
    actions={
      <TopToolbar>
        <RetryButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <LocalDateField source="createdAt" showTime />
      <Labeled source="channel">
        <ChannelField />
      </Labeled>
      <SelectField source="kind" choices={kindChoices} />
      <Labeled label="resources.notifications.fields.recipient">
        <RecipientField />
      </Labeled>
      <ReferenceField source="incidentId" reference="incidents" emptyText="–" />
      <ReferenceField source="programmeId" reference="programmes" />
      <Labeled source="status">
        <DeliveryField />
      </Labeled>
      <NumberField source="attempts" />
      <TextField source="lastError" emptyText="–" />
      <LocalDateField source="nextAttemptAt" showTime emptyText="–" />
      <Labeled source="reply">
        <ReplyField />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
