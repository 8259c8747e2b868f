import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalNumberField } from '../formatting/LocalNumberField';
import { ProvenanceField } from '../provenance/ProvenanceField';
import { ShowActions } from '../records/ShowActions';
import { MeasurementAreaField } from './MeasurementAreaField';
import { MeasurementTitle } from './MeasurementTitle';

export const MeasurementShow = () => (
  <Show actions={<ShowActions />} title={<MeasurementTitle />}>
    <SimpleShowLayout>
      <ReferenceField source="indicatorId" reference="indicators" />
      <MeasurementAreaField source="areaId" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <LocalNumberField source="value" />
      <TextField source="source" emptyText="–" />
      <TextField source="note" emptyText="–" />
      <ProvenanceField source="provenance" />
    </SimpleShowLayout>
  </Show>
);
