import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ChangesField } from './ChangesField';
import { actionChoices } from './choices';
import { RecordLinkField } from './RecordLinkField';
import { ResourceNameField } from './ResourceNameField';

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <LocalDateField source="at" showTime />
      <TextField source="username" />
      <SelectField source="action" choices={actionChoices} />
      <ResourceNameField source="resource" />
      <RecordLinkField source="recordId" />
      <ChangesField source="changes" />
    </SimpleShowLayout>
  </Show>
);
