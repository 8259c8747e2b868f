import { useEffect, useState } from 'react';
import { Create } from 'react-admin';
import { incidentSchema } from '../../domain/incidentSchema';
import { SchemaForm } from '../forms/SchemaForm';
import { IncidentInputs } from './IncidentInputs';
import { dropDraft, keptDraft, newIncident } from './newIncident';
import { OnlyChoice } from './OnlyChoice';
import { useLastChoice } from './useLastChoice';

/** Quick on a phone: now, the programme and area of the last incident (or the only ones), and what the quick form held. */
export const IncidentCreate = () => {
  const { last, remember } = useLastChoice();
  const [defaults] = useState(() => {
    const values = { ...newIncident(last), ...keptDraft() };
    return () => values;
  });
  // Dropped after it is read (not as it is read: React may draw the form twice before it stays).
  useEffect(dropDraft, []);
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
