import { useState } from 'react';
import { Create } from 'react-admin';
import { incidentSchema } from '../../domain/incidentSchema';
import { SchemaForm } from '../forms/SchemaForm';
import { IncidentInputs } from './IncidentInputs';
import { OnlyChoice } from './OnlyChoice';
import { useLastChoice } from './useLastChoice';

/** Quick on a phone: now, and the programme and area of the last incident (or the only ones). */
const defaultsFrom = (last: { programmeId?: number; areaId?: number }) => () => ({
  ...last,
  occurredAt: new Date().toISOString(),
  policeCase: false,
  exercise: false,
  escalationRisk: 'medium',
  status: 'open',
});

export const IncidentCreate = () => {
  const { last, remember } = useLastChoice();
  const [defaults] = useState(() => defaultsFrom(last));
  return (
    <Create redirect="show" transform={remember}>
      <SchemaForm schema={incidentSchema} defaultValues={defaults}>
        <OnlyChoice source="programmeId" reference="programmes" />
        <OnlyChoice source="areaId" reference="areas" within="programmeId" />
        <IncidentInputs />
      </SchemaForm>
    </Create>
  );
};
