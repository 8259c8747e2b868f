import { BooleanInput, DataTable, ReferenceField, SearchInput, SelectInput } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { ResourceList } from '../lists/ResourceList';
import { responseGroupChoices } from './choices';
import { participantExporter } from './exporter';
import { PhoneField, PhoneWarningChip } from './PhoneField';
import { StaleChip } from './StaleChip';
import { VerifiedField } from './VerifiedField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProgrammeInput key="programmeId" alwaysOn />,
  <SelectInput key="responseGroups" source="responseGroups" choices={responseGroupChoices} />,
  <BooleanInput key="signsPlan" source="signsPlan" />,
  <BooleanInput key="pressContact" source="pressContact" />,
  <BooleanInput key="stale" source="stale" />,
];

export const ParticipantList = () => (
  <ResourceList
    exporter={participantExporter}
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    primaryText={(r) => r.name}
    secondaryText={(r) => [r.title, r.organisation, r.phone].filter(Boolean).join(' · ')}
    chip={
      <>
        <PhoneWarningChip />
        <StaleChip />
      </>
    }
  >
    <DataTable.Col source="name" />
    <DataTable.Col source="title" />
    <DataTable.Col source="organisation" />
    <DataTable.Col source="phone">
      <PhoneField />
    </DataTable.Col>
    <DataTable.Col source="deputyOfId">
      <ReferenceField source="deputyOfId" reference="participants" link="show" emptyText="" />
    </DataTable.Col>
    <DataTable.Col source="lastVerifiedAt">
      <VerifiedField />
    </DataTable.Col>
  </ResourceList>
);
